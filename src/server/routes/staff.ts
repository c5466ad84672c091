/**
 * The anti-fraud centre's workflow API and console (the HTTP shell around src/centre/*): sign-in,
 * users, the alert queue, follow-up (劝阻), SLA and escalation, cases and indicators. Reports
 * (statistics, reviews, bulletins) are in staff-reports.ts.
 *
 * Every view of unmasked data (a transcript, an indicator's full value) and every change is
 * written to the audit log. Indicators are taken from each committed turn BEFORE masking, in
 * memory until the session raises an alert (so an ordinary call leaves nothing behind).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { STAGES, stageRank } from '../../types.ts';
import type { Stage, Turn } from '../../types.ts';
import type { AlertRow, Role, SessionRow, Store } from '../../store/store.ts';
import { centreOf } from '../../store/centre.ts';
import type { CaseRow, CentreStore, IndicatorRow, WorkflowAlertRow } from '../../store/centre.ts';
import { scamKind } from '../../playbook/scam-kinds.ts';
import {
  applyFollowup, FollowupAction, OUTCOMES, PAID_HOW, Refusal, WORKFLOW_STATUSES,
} from '../../centre/followup.ts';
import type { Actor, ActorRole, Outcome, WorkflowStatus } from '../../centre/followup.ts';
import { DEFAULT_SLA, SlaTargets, slaState, slaTargetMinutes } from '../../centre/sla.ts';
import { supersedeEarlier } from '../../centre/supersede.ts';
import {
  callerIndicator, extractIndicators, INDICATOR_KINDS, indicatorKey, maskIndicator, normaliseIndicator, platformOf,
} from '../../centre/indicators.ts';
import type { Indicator, IndicatorKind } from '../../centre/indicators.ts';
import {
  authenticate, closeConsoleSession, consoleSession, createUser, effectiveRole, openConsoleSession, requireRole,
  STAFF_COOKIE, STAFF_SESSION_MS, USER_ROLES, verifyKey, verifyPassword,
} from '../auth.ts';
import type { Principal } from '../auth.ts';
import { ApiError, describeZodError, notFound } from '../errors.ts';
import { maskPII } from '../mask.ts';
import type { OpenSession, SessionObserver } from '../sessions.ts';
import type { EventHub } from '../sse.ts';

export const OFFICER: Role[] = ['officer'];
export const SUPERVISOR: Role[] = ['supervisor'];

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, code = 'invalid_body'): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ApiError(400, code, describeZodError(r.error));
  return r.data;
}

// ---- cursors: opaque to clients, (created_at, id) inside ----
export function encodeCursor(at: number, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}
export function decodeCursor(c: string | undefined): { at: number; id: string } | undefined {
  if (!c) return undefined;
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'string' && v[1].length <= 64) return { at: v[0], id: v[1] };
  } catch { /* fall through */ }
  throw new ApiError(400, 'invalid_cursor', 'the cursor is not one this API gave out');
}

const Instant = z.union([z.iso.datetime({ offset: true }), z.string().regex(/^\d{1,15}$/)])
  .transform((v) => (/^\d+$/.test(v) ? Number(v) : Date.parse(v)));

export const QueueQuery = z.object({
  level: z.enum(['warn', 'block']).optional(),
  status: z.enum(WORKFLOW_STATUSES).optional(),
  platform: z.string().max(40).optional(),
  assignee: z.string().max(80).optional(),
  /** A number, domain, account or id seen in the alert (any spelling: +86 170 1234 5678 works). */
  indicator: z.string().min(1).max(200).optional(),
  since: Instant.optional(),
  until: Instant.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  demo: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();

export const SignInBody = z.union([
  z.object({ key: z.string().min(1).max(200) }).strict(),
  z.object({ user: z.string().min(1).max(40), password: z.string().min(1).max(200) }).strict(),
]);
export const UserCreateBody = z.object({
  name: z.string().min(2).max(40),
  role: z.enum(USER_ROLES),
  password: z.string().min(10).max(200),
}).strict();

const Money = z.number().nonnegative().max(1e10);
export const CaseCreateBody = z.object({
  /** Open the case from this alert (its channel, platform, tactic path, loss and indicators are copied). */
  alertId: z.string().uuid().optional(),
  title: z.string().min(1).max(200).optional(),
  channel: z.enum(['call', 'sms', 'chat', 'text', 'other']).optional(),
  platform: z.string().max(40).optional(),
  tactics: z.array(z.string().max(80)).max(40).optional(),
  lossAmount: Money.optional(),
  recoveredAmount: Money.optional(),
  paidHow: z.enum(PAID_HOW).optional(),
  stopPayment: z.boolean().optional(),
  stopPaymentAt: Instant.optional(),
  narrative: z.string().max(20_000).optional(),
}).strict();
export const CasePatchBody = CaseCreateBody.omit({ alertId: true }).extend({ status: z.enum(['open', 'closed']).optional() }).strict();
export const CaseQuery = z.object({
  since: Instant.optional(), until: Instant.optional(), cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).strict();
export const IndicatorAddBody = z.object({ kind: z.enum(INDICATOR_KINDS), value: z.string().min(1).max(200) }).strict();
export const IndicatorQuery = z.object({
  kind: z.enum(INDICATOR_KINDS).optional(),
  status: z.enum(['candidate', 'confirmed', 'dismissed']).optional(),
  q: z.string().min(1).max(200).optional(),
  cursor: z.string().regex(/^\d{1,12}$/).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
}).strict();
export const IndicatorPatchBody = z.object({
  status: z.enum(['confirmed', 'dismissed', 'candidate']),
  /** The case it was confirmed in (needed to confirm: detection cites it). */
  caseId: z.string().uuid().optional(),
}).strict();
const UuidParams = z.object({ id: z.string().uuid() });
const IntParams = z.object({ id: z.coerce.number().int().positive() });

function actorOf(p: Principal): Actor {
  const r = effectiveRole(p.role);
  const role: ActorRole = r === 'admin' ? 'admin' : r === 'supervisor' ? 'supervisor' : 'officer';
  return { id: p.keyId, role };
}

/**
 * A step of the kill chain is a tactic that scores: a component (weight 0, e.g. a sender's bulk-notice
 * frame "尊敬的用户…退订") or a legitimacy sign is evidence, not a step the scam took. Rows stored
 * without a weight count.
 */
const isStep = (t: { weight?: number }): boolean => typeof t.weight !== 'number' || t.weight > 0;

/** The kind the alert's tactics tell, named in both languages (the console switches its own language); null when none. */
function kindNames(tactics: readonly string[]): { id: string; zh: string; en: string } | null {
  const k = scamKind(tactics.map((id) => ({ id })));
  return k?.name === undefined ? null : { id: k.id, zh: k.name.zh, en: k.name.en };
}

function stageOf(evidenceJson: string): Stage | null {
  let best: Stage | null = null;
  try {
    for (const t of JSON.parse(evidenceJson) as { stage?: Stage; weight?: number }[]) {
      if (!isStep(t)) continue;
      if (t.stage && STAGES.includes(t.stage) && (best === null || stageRank(t.stage) > stageRank(best))) best = t.stage;
    }
  } catch { /* a malformed row shows no stage */ }
  return best;
}

/** The tactic path in kill-chain order (what a case records). */
function tacticPath(evidenceJson: string): string[] {
  try {
    const hits = (JSON.parse(evidenceJson) as { id: string; stage: Stage; weight?: number }[]).filter(isStep);
    return [...hits].sort((a, b) => stageRank(a.stage) - stageRank(b.stage)).map((h) => h.id);
  } catch {
    return [];
  }
}

export function indicatorView(r: IndicatorRow, full: boolean, caseRef: string | null = null) {
  const i: Indicator = { kind: r.kind as IndicatorKind, value: r.value };
  return {
    id: r.id, kind: r.kind, value: full ? r.value : maskIndicator(i), masked: !full, status: r.status,
    firstSeen: iso(r.first_seen), lastSeen: iso(r.last_seen), sightings: r.sightings,
    caseId: r.case_id, caseRef, demo: r.demo === 1,
  };
}

export interface CentreDeps {
  store: Store;
  hub: EventHub;
  now: () => number;
}

interface PendingSession {
  indicators: Map<string, Indicator>;
  platform: string | null;
  alertId: string | null;
}

const MAX_PENDING_SESSIONS = 20_000;
const MAX_INDICATORS_PER_SESSION = 50;

/**
 * The centre's state shared by its routes and the session observer: the confirmed-indicator
 * lookup handed to the engine, the indicators seen in live sessions not yet alerted, the SLA.
 */
export class Centre {
  readonly db: CentreStore;
  /** `kind:value` → case ref, for the engine's confirmed-indicator signal; refreshed on every decision. */
  readonly lookup = new Map<string, string>();
  private readonly pending = new Map<string, PendingSession>();

  constructor(readonly deps: CentreDeps) {
    this.db = centreOf(deps.store);
    this.db.clock = deps.now;
  }

  /** Loads the confirmed-indicator lookup; call once before serving. */
  async init(): Promise<this> {
    await this.refreshLookup();
    return this;
  }

  async refreshLookup(): Promise<void> {
    const rows = await this.db.confirmedIndicators();
    // Swapped in one step: a turn analysed meanwhile sees the old lookup or the new one, never half of it.
    this.lookup.clear();
    for (const r of rows) this.lookup.set(`${r.kind}:${r.value}`, r.case_ref ?? '—');
  }

  async sla(): Promise<SlaTargets> {
    return (await this.db.getSetting<SlaTargets>('sla')) ?? DEFAULT_SLA;
  }

  async audit(p: Principal, action: string, target: string | null, detail?: unknown): Promise<void> {
    await this.deps.store.audit({ at: this.deps.now(), key_id: p.keyId, role: p.role, action, target, detail_json: detail === undefined ? null : JSON.stringify(detail) });
  }

  readonly observer: SessionObserver = {
    opened: (row: SessionRow, raw: OpenSession) => {
      const p = this.entry(row.id);
      const caller = callerIndicator(raw.callerNumber);
      if (caller) p.indicators.set(indicatorKey(caller), caller);
      if (raw.claimedIdentity) p.platform = platformOf([raw.claimedIdentity]);
    },
    turnCommitted: async (row: SessionRow, turn: Turn, alert: AlertRow | null) => {
      const p = this.entry(row.id);
      for (const i of extractIndicators(turn.text, turn.speaker)) {
        if (p.indicators.size >= MAX_INDICATORS_PER_SESSION) break;
        p.indicators.set(indicatorKey(i), i);
      }
      if (p.platform === null && turn.speaker !== 'user') p.platform = platformOf([turn.text]);
      if (alert) {
        p.alertId = alert.id;
        await this.supersede(row.id, alert);
      }
      if (p.alertId === null) return;
      const now = this.deps.now();
      await this.db.sightAll([...p.indicators.values()], now, { alert_id: p.alertId, session_id: row.id }, p.platform);
    },
    engineOptions: () => ({ indicators: this.lookup }),
  };

  /** One open alert per call (src/centre/supersede.ts, shared with the stream workers' sink). */
  private async supersede(sessionId: string, alert: AlertRow): Promise<void> {
    await supersedeEarlier(this.db, await this.deps.store.alertsOfSession(sessionId), alert, this.deps.now());
  }

  private entry(sessionId: string): PendingSession {
    let p = this.pending.get(sessionId);
    if (p) {
      this.pending.delete(sessionId); // re-insert: Map order = least recently used first
      this.pending.set(sessionId, p);
      return p;
    }
    p = { indicators: new Map(), platform: null, alertId: null };
    this.pending.set(sessionId, p);
    if (this.pending.size > MAX_PENDING_SESSIONS) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    return p;
  }

  /** Marks overdue, uncontacted alerts as escalated, logs it and tells supervisors (SSE `escalation`). */
  async escalate(): Promise<number> {
    const now = this.deps.now();
    const t = await this.sla();
    let n = 0;
    for (const level of ['block', 'warn']) {
      for (const a of await this.db.openUncontacted(level, now - slaTargetMinutes(level, t) * 60_000)) {
        // Whoever marks it first (this or another process) logs and announces it, once.
        if (!(await this.db.markEscalated(a.id, now))) continue;
        await this.db.insertFollowup({ alert_id: a.id, at: now, actor: 'system', role: 'system', action: 'escalate', detail_json: JSON.stringify({ to: 'supervisor', targetMinutes: slaTargetMinutes(level, t) }), note: null });
        this.deps.hub.publish('alerts', 'escalation', { id: a.id, level: a.level, assignee: a.assignee, at: iso(now) });
        n++;
      }
    }
    return n;
  }

  /** The console's view of an alert; `targets` is `await centre.sla()`, read once per request. */
  alertView(a: WorkflowAlertRow, targets: SlaTargets) {
    const sla = slaState({ level: a.level, createdAt: a.created_at, firstContactAt: a.first_contact_at, status: a.status, outcome: a.outcome }, targets, this.deps.now());
    let tactics: string[] = [];
    try { tactics = JSON.parse(a.tactics_json) as string[]; } catch { /* none */ }
    return {
      id: a.id, sessionId: a.session_id, level: a.level, risk: a.risk, verdict: a.verdict, turn: a.turn,
      stage: stageOf(a.evidence_json), tactics, platform: a.platform ?? (a.claimed_identity ? platformOf([a.claimed_identity]) : null),
      // The scam kind by its name in both languages (src/playbook/scam-kinds.ts): the same name the citizen's page and the bank read.
      kind: kindNames(tactics),
      channel: a.channel, callerNumber: a.caller_number, status: a.status, assignee: a.assignee,
      outcome: a.outcome, outcomeDetail: a.outcome_json ? (JSON.parse(a.outcome_json) as unknown) : null,
      createdAt: iso(a.created_at), updatedAt: iso(a.updated_at), claimedAt: iso(a.claimed_at),
      firstContactAt: iso(a.first_contact_at), closedAt: iso(a.closed_at), escalatedAt: iso(a.escalated_at),
      sla: { dueAt: iso(sla.dueAt), met: sla.met, overdue: sla.overdue, minutesLeft: sla.minutesLeft },
      demo: a.demo === 1,
    };
  }

  caseView(c: CaseRow) {
    return {
      id: c.id, ref: c.ref, alertId: c.alert_id, sessionId: c.session_id, title: c.title, channel: c.channel, platform: c.platform,
      tactics: JSON.parse(c.tactics_json) as string[], lossAmount: c.loss_amount, recoveredAmount: c.recovered_amount,
      paidHow: c.paid_how, stopPayment: c.stop_payment === 1, stopPaymentAt: iso(c.stop_payment_at), narrative: c.narrative,
      status: c.status, demo: c.demo === 1, createdBy: c.created_by, createdAt: iso(c.created_at), updatedAt: iso(c.updated_at),
    };
  }

  async nextCaseRef(now: number, db: CentreStore = this.db): Promise<string> {
    // The centre's own day (China Standard Time, UTC+8), as officers read it.
    const day = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const prefix = `C-${day}-`;
    return prefix + String((await db.countCasesWithPrefix(prefix)) + 1).padStart(3, '0');
  }

  /** Opens a case (from an alert when alertId is given); returns its row. */
  async openCase(p: Principal, body: z.output<typeof CaseCreateBody>, demo = false, at?: number): Promise<CaseRow> {
    const now = at ?? this.deps.now();
    let fromAlert: WorkflowAlertRow | undefined;
    if (body.alertId) {
      fromAlert = await this.db.getAlert(body.alertId);
      if (!fromAlert) throw new ApiError(404, 'not_found', 'alert not found');
      const existing = await this.db.caseOfAlert(body.alertId);
      if (existing) throw new ApiError(409, 'case_exists', `alert already has case ${existing.ref}`);
    }
    const lost = fromAlert?.outcome === 'lost' && fromAlert.outcome_json ? (JSON.parse(fromAlert.outcome_json) as { amount?: number; paidHow?: string }) : null;
    const platform = body.platform ?? fromAlert?.platform ?? null;
    const row: CaseRow = {
      id: randomUUID(),
      ref: '',
      alert_id: fromAlert?.id ?? null,
      session_id: fromAlert?.session_id ?? null,
      title: body.title ?? `冒充${platform ?? '电商平台'}客服退款诈骗`,
      channel: body.channel ?? fromAlert?.channel ?? null,
      platform,
      tactics_json: JSON.stringify(body.tactics ?? (fromAlert ? tacticPath(fromAlert.evidence_json) : [])),
      loss_amount: body.lossAmount ?? lost?.amount ?? 0,
      recovered_amount: body.recoveredAmount ?? 0,
      paid_how: body.paidHow ?? lost?.paidHow ?? null,
      stop_payment: body.stopPayment ? 1 : 0,
      stop_payment_at: body.stopPayment ? (body.stopPaymentAt ?? now) : null,
      narrative: body.narrative !== undefined ? maskPII(body.narrative) : null,
      status: 'open',
      demo: demo ? 1 : 0,
      created_by: p.keyId,
      created_at: now,
      updated_at: now,
    };
    // The ref is counted and the case inserted in one transaction (the ref is UNIQUE: two
    // processes opening a case at once on PostgreSQL make one of them fail and retry).
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.tx(async (db) => {
          row.ref = await this.nextCaseRef(now, db);
          await db.insertCase(row);
          if (fromAlert) await db.linkAlertIndicatorsToCase(fromAlert.id, row.id, now);
          return row;
        });
      } catch (err) {
        if (attempt >= 3 || !isUniqueViolation(err)) throw err;
      }
    }
  }
}

/** A UNIQUE constraint refused the row (PostgreSQL SQLSTATE 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const STAFF_DIR = fileURLToPath(new URL('../../../public/staff/', import.meta.url));
const STAFF_ASSETS: [string, string, string][] = [
  ['/staff', 'index.html', 'text/html; charset=utf-8'],
  ['/staff/', 'index.html', 'text/html; charset=utf-8'],
  ['/staff/staff.js', 'staff.js', 'text/javascript; charset=utf-8'],
  ['/staff/staff.css', 'staff.css', 'text/css; charset=utf-8'],
];

export function registerStaffRoutes(app: FastifyInstance, centre: Centre): void {
  const { store, now } = centre.deps;
  const db = centre.db;
  const officer = (req: FastifyRequest) => requireRole(store, req, OFFICER);
  const supervisor = (req: FastifyRequest) => requireRole(store, req, SUPERVISOR);
  const escalation = setInterval(() => {
    centre.escalate().catch((err: unknown) => app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'escalation sweep failed'));
    // Another process on the same PostgreSQL may have confirmed or dismissed an indicator.
    centre.refreshLookup().catch((err: unknown) => app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'indicator lookup refresh failed'));
    // A bucket untouched for ten minutes is full again: its row is not needed.
    db.purgeSignIns(now() - 10 * 60_000).catch((err: unknown) => app.log.error({ err: err instanceof Error ? err.message : String(err) }, 'sign-in throttle purge failed'));
  }, 30_000);
  escalation.unref();
  app.addHook('preClose', async () => clearInterval(escalation));

  for (const [route, file, type] of STAFF_ASSETS) {
    const body = readFileSync(STAFF_DIR + file);
    app.get(route, async (_req, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
  }

  // ---- sign-in ----
  // Password guessing: ten tries a minute per address, refilled slowly (scrypt already costs ~50 ms a try).
  // Kept in the store (CentreStore.takeSignIn), so several processes on one database share it.
  const SIGN_IN = { capacity: 10, perSecond: 10 / 60 } as const;
  app.post('/v1/staff/session', async (req, reply: FastifyReply) => {
    const wait = await db.takeSignIn(`sign-in:${req.ip}`, now(), SIGN_IN.capacity, SIGN_IN.perSecond);
    if (wait > 0) throw new ApiError(429, 'rate_limited', `too many sign-in attempts; retry in ${wait} s`, { 'retry-after': String(wait) });
    const body = parseWith(SignInBody, req.body);
    let p: Principal | null;
    if ('key' in body) p = await verifyKey(store, body.key);
    else p = await verifyPassword(store, body.user, body.password);
    if (!p) throw new ApiError(401, 'unauthorized', 'wrong key, user name or password');
    if (effectiveRole(p.role) === 'partner') throw new ApiError(403, 'forbidden', 'partner keys use the API only, not the console');
    const s = await openConsoleSession(store, p, now());
    await centre.audit(p, 'console.sign-in', null, { via: 'key' in body ? 'key' : 'password' });
    reply.setCookie(STAFF_COOKIE, s.cookie, {
      httpOnly: true, sameSite: 'strict', path: '/', secure: req.protocol === 'https', maxAge: Math.floor(STAFF_SESSION_MS / 1000),
    });
    return reply.status(201).send({ principal: p.keyId, role: effectiveRole(p.role), csrf: s.csrf, expiresAt: iso(s.expiresAt) });
  });
  app.get('/v1/staff/session', async (req) => {
    const p = await officer(req);
    const s = await consoleSession(store, req);
    return { principal: p.keyId, role: effectiveRole(p.role), csrf: p.via === 'cookie' ? s?.csrf ?? null : null, expiresAt: iso(s?.expiresAt) };
  });
  app.delete('/v1/staff/session', async (req, reply) => {
    const p = await authenticate(store, req);
    await closeConsoleSession(store, req);
    if (p) await centre.audit(p, 'console.sign-out', null);
    reply.clearCookie(STAFF_COOKIE, { path: '/' });
    return { signedOut: true };
  });

  // ---- users ----
  app.post('/v1/staff/users', async (req, reply) => {
    const p = await supervisor(req);
    const body = parseWith(UserCreateBody, req.body);
    if (body.role !== 'officer' && effectiveRole(p.role) !== 'admin') throw new ApiError(403, 'forbidden', 'only an admin creates supervisors and admins');
    await createUser(store, body.name, body.role, body.password, now());
    await centre.audit(p, 'user.create', body.name, { role: body.role });
    return reply.status(201).send({ name: body.name, role: body.role });
  });
  app.get('/v1/staff/users', async (req) => {
    await supervisor(req);
    return { users: (await db.listUsers()).map((u) => ({ name: u.name, role: u.role, createdAt: iso(u.created_at), disabled: u.disabled_at !== null })) };
  });

  // ---- the queue ----
  app.get('/v1/queue', async (req) => {
    await officer(req);
    await centre.escalate();
    const q = parseWith(QueueQuery, req.query, 'invalid_query');
    let indicator: string | undefined;
    if (q.indicator) {
      const raw = q.indicator.trim();
      indicator = (/^[+\d][\d\s-]{4,}$/.test(raw) ? normaliseIndicator('phone', raw) : null)
        ?? (raw.includes('.') ? normaliseIndicator('domain', raw) : null) ?? raw.toLowerCase();
    }
    const { rows, total } = await db.queue({
      level: q.level, status: q.status, platform: q.platform, assignee: q.assignee, indicator, since: q.since, until: q.until,
      demo: q.demo === undefined ? undefined : q.demo === 'true', before: decodeCursor(q.cursor), limit: q.limit,
    });
    const targets = await centre.sla();
    let alerts = rows.map((r) => centre.alertView(r, targets));
    if (q.overdue) alerts = alerts.filter((a) => a.sla.overdue === (q.overdue === 'true'));
    const last = rows[rows.length - 1];
    return { alerts, total, nextCursor: rows.length === q.limit && last ? encodeCursor(last.created_at, last.id) : null };
  });

  app.get('/v1/queue/:id', async (req) => {
    const p = await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const a = await db.getAlert(id);
    if (!a) throw notFound('alert');
    await centre.audit(p, 'alert.view', id, { unmasked: ['indicators'] });
    const c = await db.caseOfAlert(id);
    return {
      ...centre.alertView(a, await centre.sla()),
      advice: JSON.parse(a.advice_json) as string[],
      evidence: JSON.parse(a.evidence_json) as unknown,
      transcript: (await store.listTurns(a.session_id)).map((t) => ({ turn: t.idx, speaker: t.speaker, text: t.text })),
      followups: await followupViews(db, id),
      indicators: (await db.indicatorsOfAlert(id)).map((r) => indicatorView(r, true)),
      case: c ? { id: c.id, ref: c.ref } : null,
    };
  });

  // ---- follow-up ----
  app.get('/v1/alerts/:id/followups', async (req) => {
    await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    if (!(await db.getAlert(id))) throw notFound('alert');
    return { followups: await followupViews(db, id) };
  });
  app.post('/v1/alerts/:id/followups', async (req, reply) => {
    const p = await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const act = parseWith(FollowupAction, req.body);
    const a = await db.getAlert(id);
    if (!a) throw notFound('alert');
    const contacts = await db.contactStats(id);
    const at = now();
    const duplicateExists = act.action === 'outcome' && act.duplicateOf ? (await db.getAlert(act.duplicateOf)) !== undefined : true;
    let t;
    try {
      t = applyFollowup({
        id, status: a.status as WorkflowStatus, assignee: a.assignee, outcome: a.outcome as Outcome | null,
        contactAttempts: contacts.attempts + (act.action === 'contact' ? 0 : 0), reachedOnce: contacts.reached > 0, firstContactAt: a.first_contact_at,
      }, actorOf(p), act, at, () => duplicateExists);
    } catch (err) {
      if (err instanceof Refusal) {
        throw new ApiError(err.code === 'forbidden' ? 403 : 409, err.code, err.message);
      }
      throw err;
    }
    const note = 'note' in act && act.note ? maskPII(act.note) : act.action === 'reopen' ? maskPII(act.reason) : null;
    const outcomeJson = act.action === 'outcome' ? JSON.stringify(t.detail) : act.action === 'reopen' ? null : a.outcome_json;
    const transcript = act.action === 'outcome' && act.outcome === 'false-alarm'
      ? (await store.listTurns(a.session_id)).map((x) => x.text ?? '').filter(Boolean).join('\n') : '';
    await db.tx(async (db) => {
      // Only if nobody moved the alert since it was read (another officer, another process).
      const moved = !(await db.updateWorkflowIf(id, { status: a.status, assignee: a.assignee, updated_at: a.updated_at }, {
        status: t.status, assignee: t.assignee, outcome: t.outcome, outcome_json: outcomeJson,
        first_contact_at: t.firstContactAt, claimed_at: t.claimedAt ?? a.claimed_at, closed_at: t.status === 'closed' ? (t.closedAt ?? a.closed_at) : null,
        updated_at: at,
      }));
      if (moved) throw new ApiError(409, 'changed', 'the alert changed while you were working on it; reload it and try again');
      await db.insertFollowup({ alert_id: id, at, actor: p.keyId, role: effectiveRole(p.role), action: act.action, detail_json: JSON.stringify(t.detail), note });
      // 误报 feeds the review queue: the masked transcript as a candidate hard negative.
      if (act.action === 'outcome' && act.outcome === 'false-alarm') {
        await db.insertReview({ source: 'false-alarm', feedback_id: null, alert_id: id, session_id: a.session_id, expect: 'safe', text: transcript || '(no transcript kept)', note, created_by: p.keyId, created_at: at });
      }
    });
    await centre.audit(p, `followup.${act.action}`, id, { ...t.detail, from: a.status, to: t.status, ...(note ? { note } : {}) });
    const updated = (await db.getAlert(id))!;
    centre.deps.hub.publish('alerts', 'update', { id, status: updated.status, assignee: updated.assignee, outcome: updated.outcome });
    return reply.status(201).send({ alert: centre.alertView(updated, await centre.sla()), followups: await followupViews(db, id) });
  });

  // ---- SLA ----
  app.get('/v1/sla', async (req) => {
    await officer(req);
    return centre.sla();
  });
  app.put('/v1/sla', async (req) => {
    const p = await supervisor(req);
    const body = parseWith(SlaTargets, req.body);
    await db.setSetting('sla', body);
    await centre.audit(p, 'sla.update', null, body);
    return body;
  });

  // ---- cases ----
  app.post('/v1/cases', async (req, reply) => {
    const p = await officer(req);
    const body = parseWith(CaseCreateBody, req.body);
    const row = await centre.openCase(p, body);
    await centre.audit(p, 'case.create', row.id, { ref: row.ref, alertId: row.alert_id });
    return reply.status(201).send({ ...centre.caseView(row), indicators: (await db.indicatorsOfCase(row.id)).map((r) => indicatorView(r, true)) });
  });
  app.get('/v1/cases', async (req) => {
    await officer(req);
    const q = parseWith(CaseQuery, req.query, 'invalid_query');
    const { rows, total } = await db.listCases({ since: q.since, until: q.until, before: decodeCursor(q.cursor), limit: q.limit });
    const last = rows[rows.length - 1];
    return { cases: rows.map((c) => centre.caseView(c)), total, nextCursor: rows.length === q.limit && last ? encodeCursor(last.created_at, last.id) : null };
  });
  app.get('/v1/cases/:id', async (req) => {
    const p = await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const c = await db.getCase(id);
    if (!c) throw notFound('case');
    await centre.audit(p, 'case.view', id, { unmasked: ['indicators'] });
    return { ...centre.caseView(c), indicators: (await db.indicatorsOfCase(id)).map((r) => indicatorView(r, true, r.case_id === id ? c.ref : null)) };
  });
  app.patch('/v1/cases/:id', async (req) => {
    const p = await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const body = parseWith(CasePatchBody, req.body);
    const c = await db.getCase(id);
    if (!c) throw notFound('case');
    const next: CaseRow = {
      ...c,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.channel !== undefined ? { channel: body.channel } : {}),
      ...(body.platform !== undefined ? { platform: body.platform } : {}),
      ...(body.tactics !== undefined ? { tactics_json: JSON.stringify(body.tactics) } : {}),
      ...(body.lossAmount !== undefined ? { loss_amount: body.lossAmount } : {}),
      ...(body.recoveredAmount !== undefined ? { recovered_amount: body.recoveredAmount } : {}),
      ...(body.paidHow !== undefined ? { paid_how: body.paidHow } : {}),
      ...(body.stopPayment !== undefined ? { stop_payment: body.stopPayment ? 1 : 0, stop_payment_at: body.stopPayment ? (body.stopPaymentAt ?? c.stop_payment_at ?? now()) : null } : {}),
      ...(body.narrative !== undefined ? { narrative: maskPII(body.narrative) } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      updated_at: now(),
    };
    if (next.recovered_amount > next.loss_amount) throw new ApiError(400, 'invalid_body', 'the amount recovered cannot exceed the loss');
    await db.updateCase(next);
    await centre.audit(p, 'case.update', id, { fields: Object.keys(body) });
    return centre.caseView(next);
  });
  app.post('/v1/cases/:id/indicators', async (req, reply) => {
    const p = await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const body = parseWith(IndicatorAddBody, req.body);
    const c = await db.getCase(id);
    if (!c) throw notFound('case');
    const value = normaliseIndicator(body.kind, body.value);
    if (value === null) throw new ApiError(400, 'invalid_indicator', `not a valid ${body.kind}`);
    const indicatorId = await db.sight(body.kind, value, now(), { case_id: id, session_id: c.session_id });
    await centre.audit(p, 'indicator.add', String(indicatorId), { caseId: id, kind: body.kind });
    return reply.status(201).send(indicatorView((await db.getIndicator(indicatorId))!, true));
  });

  // ---- indicators ----
  const listIndicators = async (req: FastifyRequest) => {
    const p = await requireRole(store, req, ['officer', 'partner']);
    const q = parseWith(IndicatorQuery, req.query, 'invalid_query');
    const full = effectiveRole(p.role) !== 'partner';
    const { rows, total } = await db.listIndicators({ kind: q.kind, status: q.status, q: q.q, afterId: q.cursor ? Number(q.cursor) : undefined, limit: q.limit });
    if (full) await centre.audit(p, 'indicators.view', null, { count: rows.length, unmasked: true });
    const last = rows[rows.length - 1];
    return { p, full, rows, total, nextCursor: rows.length === q.limit && last ? String(last.id) : null };
  };
  app.get('/v1/indicators', async (req) => {
    const { full, rows, total, nextCursor } = await listIndicators(req);
    const refs = new Map<string, string>();
    for (const r of rows) if (r.case_id && !refs.has(r.case_id)) refs.set(r.case_id, (await db.getCase(r.case_id))?.ref ?? '');
    return { indicators: rows.map((r) => indicatorView(r, full, r.case_id ? refs.get(r.case_id) ?? null : null)), total, nextCursor };
  });
  app.get('/v1/indicators.csv', async (req, reply) => {
    const { full, rows } = await listIndicators(req);
    const refs = new Map<string, string>();
    for (const r of rows) if (r.case_id && !refs.has(r.case_id)) refs.set(r.case_id, (await db.getCase(r.case_id))?.ref ?? '');
    const csv = toCsv(['id', 'kind', 'value', 'status', 'first_seen', 'last_seen', 'sightings', 'case'],
      rows.map((r) => { const v = indicatorView(r, full); return [v.id, v.kind, v.value, v.status, v.firstSeen, v.lastSeen, v.sightings, r.case_id ? refs.get(r.case_id) ?? '' : '']; }));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="indicators.csv"').send(csv);
  });
  app.patch('/v1/indicators/:id', async (req) => {
    const p = await officer(req);
    const { id } = parseWith(IntParams, req.params, 'not_found');
    const body = parseWith(IndicatorPatchBody, req.body);
    const r = await db.getIndicator(id);
    if (!r) throw notFound('indicator');
    let caseId: string | null = null;
    if (body.status === 'confirmed') {
      caseId = body.caseId ?? r.case_id;
      if (!caseId) throw new ApiError(409, 'case_needed', 'confirming an indicator needs the case it was confirmed in (caseId), so detection can cite it');
      if (!(await db.getCase(caseId))) throw new ApiError(404, 'not_found', 'case not found');
    }
    await db.decideIndicator(id, body.status, caseId, p.keyId, now());
    await centre.refreshLookup();
    await centre.audit(p, `indicator.${body.status}`, String(id), { kind: r.kind, caseId });
    const after = (await db.getIndicator(id))!;
    return indicatorView(after, true, caseId ? (await db.getCase(caseId))?.ref ?? null : null);
  });
}

async function followupViews(db: CentreStore, alertId: string) {
  return (await db.listFollowups(alertId)).map((f) => ({
    id: f.id, at: iso(f.at), actor: f.actor, role: f.role, action: f.action,
    detail: f.detail_json ? (JSON.parse(f.detail_json) as unknown) : null, note: f.note,
  }));
}

export { OUTCOMES };
