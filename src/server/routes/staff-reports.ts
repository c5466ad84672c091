/**
 * The centre's reports: statistics (JSON and CSV), the review queue (citizen "这不是诈骗" feedback,
 * 误报 outcomes, officer-reported misses → a supervisor accepts or rejects → accepted examples
 * appended to data/reviewed/<lang>.jsonl, which the playbook tests load), and warning bulletins
 * (drafted from the period's cases, edited, published at /bulletins as server-rendered pages with
 * no script).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { detectLang } from '../../index.ts';
import { requireRole } from '../auth.ts';
import { ApiError, notFound } from '../errors.ts';
import { maskPII } from '../mask.ts';
import { esc as escapeHtml } from '../../centre/bulletin.ts';
import { BUCKETS, computeStats } from '../../centre/stats.ts';
import type { StatsAlert } from '../../centre/stats.ts';
import { bulletinViolations, cstDate, draftBulletin, markdownBlocks, markdownHtml } from '../../centre/bulletin.ts';
import type { BulletinCase } from '../../centre/bulletin.ts';
import type { BulletinRow, ReviewRow, WorkflowAlertRow } from '../../store/centre.ts';
import { OFFICER, parseWith, SUPERVISOR, toCsv } from './staff.ts';
import type { Centre } from './staff.ts';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const DAY_MS = 86_400_000;
const Instant = z.union([z.iso.datetime({ offset: true }), z.string().regex(/^\d{1,15}$/)])
  .transform((v) => (/^\d+$/.test(v) ? Number(v) : Date.parse(v)));
const InstantBody = z.union([z.iso.datetime({ offset: true }), z.number().int().nonnegative()])
  .transform((v) => (typeof v === 'number' ? v : Date.parse(v)));

export const STATS_TABLES = ['series', 'level', 'stage', 'tactic', 'platform', 'channel', 'outcome'] as const;
export const StatsQuery = z.object({
  from: Instant.optional(),
  to: Instant.optional(),
  bucket: z.enum(BUCKETS).default('day'),
  /** Only demo data (true), only real data (false), or both (absent). */
  demo: z.enum(['true', 'false']).optional(),
  table: z.enum(STATS_TABLES).optional(),
}).strict();

export const ReviewQuery = z.object({
  status: z.enum(['pending', 'accepted', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
}).strict();
export const MissedScamBody = z.object({
  /** The conversation the engine missed (its masked transcript is taken), or the text itself. */
  sessionId: z.string().uuid().optional(),
  text: z.string().min(1).max(20_000).optional(),
  note: z.string().max(2000).optional(),
}).strict().refine((b) => (b.sessionId === undefined) !== (b.text === undefined), { message: 'give a sessionId or a text, not both' });
export const ReviewDecisionBody = z.object({ decision: z.enum(['accept', 'reject']) }).strict();

export const BulletinDraftBody = z.object({
  from: InstantBody,
  to: InstantBody,
  /** Cases to tell (2–3 are used); default: the period's cases with the largest losses. */
  caseIds: z.array(z.string().uuid()).max(20).optional(),
}).strict().refine((b) => b.to > b.from && b.to - b.from <= 366 * DAY_MS, { message: 'the period must end after it starts and be at most a year' });
export const BulletinPatchBody = z.object({
  title: z.string().min(1).max(200).optional(),
  markdown: z.string().min(1).max(50_000).optional(),
}).strict();

const UuidParams = z.object({ id: z.string().uuid() });
const IntParams = z.object({ id: z.coerce.number().int().positive() });
const SlugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{4,80}$/) });

const DEFAULT_REVIEWED_DIR = fileURLToPath(new URL('../../../data/reviewed/', import.meta.url));
// Read when the routes are registered, not at import: the CLI imports every command, and `fanzha eval`
// must run where only src/ and data/ exist.
const BULLETIN_CSS_PATH = fileURLToPath(new URL('../../../public/staff/bulletin.css', import.meta.url));

function statsAlert(a: WorkflowAlertRow, stage: string | null): StatsAlert {
  let tactics: string[] = [];
  try { tactics = JSON.parse(a.tactics_json) as string[]; } catch { /* none */ }
  let lostAmount = 0;
  if (a.outcome === 'lost' && a.outcome_json) lostAmount = Number((JSON.parse(a.outcome_json) as { amount?: number }).amount ?? 0);
  return {
    createdAt: a.created_at, level: a.level, stage, tactics, platform: a.platform, channel: a.channel, status: a.status,
    outcome: a.outcome, lostAmount, firstContactAt: a.first_contact_at,
  };
}

export function bulletinView(b: BulletinRow) {
  return {
    id: b.id, slug: b.slug, title: b.title, markdown: b.markdown, blocks: markdownBlocks(b.markdown),
    /** The same, as escaped HTML (only our own tags), for a partner's page or a newsletter. */
    html: markdownHtml(b.markdown),
    violations: bulletinViolations(`${b.title}\n${b.markdown}`), status: b.status,
    periodFrom: iso(b.period_from), periodTo: iso(b.period_to), caseIds: JSON.parse(b.case_ids_json) as string[],
    createdBy: b.created_by, createdAt: iso(b.created_at), updatedAt: iso(b.updated_at), publishedAt: iso(b.published_at),
    url: b.status === 'published' ? `/bulletins/${b.slug}` : null,
  };
}

function publicPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/staff/bulletin.css"></head>
<body><main class="bulletin">${body}</main></body></html>`;
}

export function registerReportRoutes(app: FastifyInstance, centre: Centre, reviewedDir = DEFAULT_REVIEWED_DIR): void {
  const { store, now } = centre.deps;
  const db = centre.db;
  const officer = (req: FastifyRequest) => requireRole(store, req, OFFICER);
  const supervisor = (req: FastifyRequest) => requireRole(store, req, SUPERVISOR);

  const bulletinCss = readFileSync(BULLETIN_CSS_PATH);
  app.get('/staff/bulletin.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(bulletinCss));

  // ---- statistics ----
  const stats = async (req: FastifyRequest) => {
    const q = parseWith(StatsQuery, req.query, 'invalid_query');
    const to = q.to ?? now();
    const from = q.from ?? to - 14 * DAY_MS;
    if (!(to > from) || to - from > 400 * DAY_MS) throw new ApiError(400, 'invalid_query', 'from must be before to, at most 400 days apart');
    const demo = q.demo === undefined ? undefined : q.demo === 'true';
    const rows = (await db.alertsBetween(from, to)).filter((a) => demo === undefined || (a.demo === 1) === demo);
    const targets = await centre.sla();
    const alerts = rows.map((a) => { const v = centre.alertView(a, targets); return statsAlert(a, v.stage); });
    const cases = (await db.listCases({ since: from, until: to, limit: 100_000 })).rows
      .filter((c) => demo === undefined || (c.demo === 1) === demo)
      .map((c) => ({ createdAt: c.created_at, lossAmount: c.loss_amount, recoveredAmount: c.recovered_amount, stopPayment: c.stop_payment === 1 }));
    return { q, from, to, result: computeStats(alerts, cases, from, to, q.bucket, targets, now()) };
  };
  app.get('/v1/stats', async (req) => {
    await supervisor(req);
    const { from, to, result } = await stats(req);
    return { from: iso(from), to: iso(to), ...result };
  });
  app.get('/v1/stats.csv', async (req, reply) => {
    await supervisor(req);
    const { q, result } = await stats(req);
    const table = q.table ?? 'series';
    const csv = table === 'series'
      ? toCsv(['period', 'alerts', 'warn', 'block', 'stopped', 'lost', 'lost_amount', 'sla_met', 'sla_missed'],
        result.series.map((p) => [p.period, p.alerts, p.warn, p.block, p.stopped, p.lost, p.lostAmount, p.slaMet, p.slaMissed]))
      : toCsv([table, 'count'], result.tables[table].map((r) => [r.key, r.count]));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="stats-${table}.csv"`).send(csv);
  });

  // ---- review queue ----
  const importFeedback = async () => {
    for (const f of await db.newFeedback()) {
      const kind = f.kind === 'missed-scam' ? 'scam' : 'safe';
      const text = (await store.listTurns(f.session_id)).map((t) => t.text ?? '').filter(Boolean).join('\n');
      await db.insertReview({
        source: f.kind === 'missed-scam' ? 'citizen-missed' : 'citizen-feedback', feedback_id: f.id, alert_id: f.alert_id, session_id: f.session_id,
        expect: kind, text: text || '(no transcript kept)', note: f.note, created_by: 'citizen', created_at: f.created_at,
      });
    }
  };
  const reviewView = (r: ReviewRow) => ({
    id: r.id, source: r.source, expect: r.expect, text: r.text, note: r.note, status: r.status, alertId: r.alert_id, sessionId: r.session_id,
    createdBy: r.created_by, createdAt: iso(r.created_at), decidedBy: r.decided_by, decidedAt: iso(r.decided_at),
  });
  app.get('/v1/reviews', async (req) => {
    await officer(req);
    const q = parseWith(ReviewQuery, req.query, 'invalid_query');
    await importFeedback();
    return { reviews: (await db.listReviews(q.status, q.limit)).map(reviewView) };
  });
  app.post('/v1/reviews', async (req, reply) => {
    const p = await officer(req);
    const body = parseWith(MissedScamBody, req.body);
    let text = body.text !== undefined ? maskPII(body.text) : '';
    if (body.sessionId) {
      if (!await store.getSession(body.sessionId)) throw notFound('session');
      text = (await store.listTurns(body.sessionId)).map((t) => t.text ?? '').filter(Boolean).join('\n');
      if (!text) throw new ApiError(409, 'no_transcript', 'this session kept no transcript; paste the text instead');
    }
    const id = await db.insertReview({
      source: 'missed-scam', feedback_id: null, alert_id: null, session_id: body.sessionId ?? null, expect: 'scam', text,
      note: body.note !== undefined ? maskPII(body.note) : null, created_by: p.keyId, created_at: now(),
    });
    await centre.audit(p, 'review.report-missed', String(id));
    return reply.status(201).send(reviewView((await db.getReview(id!))!));
  });
  app.post('/v1/reviews/:id/decision', async (req) => {
    const p = await supervisor(req);
    const { id } = parseWith(IntParams, req.params, 'not_found');
    const body = parseWith(ReviewDecisionBody, req.body);
    const r = await db.getReview(id);
    if (!r) throw notFound('review');
    if (r.status !== 'pending') throw new ApiError(409, 'decided', `this review was already ${r.status}`);
    const status = body.decision === 'accept' ? 'accepted' : 'rejected';
    const at = now();
    if (body.decision === 'accept') {
      // The examples file first: if it cannot be written, the review stays pending.
      const lang = detectLang(r.text) === 'en' ? 'en' : 'zh';
      mkdirSync(reviewedDir, { recursive: true });
      appendFileSync(join(reviewedDir, `${lang}.jsonl`), JSON.stringify({
        id: `review-${r.id}`, expect: r.expect, source: r.source, text: r.text, reviewedAt: iso(at),
      }) + '\n');
    }
    await db.decideReview(id, status, p.keyId, at);
    await centre.audit(p, `review.${body.decision}`, String(id), { expect: r.expect, source: r.source });
    return reviewView((await db.getReview(id))!);
  });

  // ---- bulletins ----
  app.post('/v1/bulletins', async (req, reply) => {
    const p = await supervisor(req);
    const body = parseWith(BulletinDraftBody, req.body);
    const alerts = await db.alertsBetween(body.from, body.to);
    const periodCases = body.caseIds ? await db.casesByIds(body.caseIds) : (await db.listCases({ since: body.from, until: body.to, limit: 1000 })).rows;
    if (body.caseIds && periodCases.length !== new Set(body.caseIds).size) throw new ApiError(404, 'not_found', 'a case in caseIds was not found');
    const tacticsSeen = new Set<string>();
    for (const a of alerts) for (const t of JSON.parse(a.tactics_json) as string[]) tacticsSeen.add(t);
    const cases: BulletinCase[] = [];
    for (const c of periodCases) {
      const tactics = JSON.parse(c.tactics_json) as string[];
      for (const t of tactics) tacticsSeen.add(t);
      const alert = c.alert_id ? await db.getAlert(c.alert_id) : undefined;
      cases.push({ platform: c.platform, channel: c.channel, tactics, lossAmount: c.loss_amount, stopped: alert?.outcome === 'stopped' });
    }
    const platforms = [...new Set([...periodCases.map((c) => c.platform), ...alerts.map((a) => a.platform)].filter((x): x is string => !!x))];
    const draft = draftBulletin({
      from: body.from, to: body.to, tacticsSeen: [...tacticsSeen], platforms, cases,
      alerts: alerts.length, stopped: alerts.filter((a) => a.outcome === 'stopped').length,
    });
    const at = now();
    const day = new Date(body.to - 1 + 8 * 3_600_000).toISOString().slice(0, 10);
    const row: BulletinRow = {
      id: randomUUID(), slug: `${day}-${randomBytes(3).toString('hex')}`, title: draft.title, markdown: draft.markdown,
      period_from: body.from, period_to: body.to, case_ids_json: JSON.stringify(periodCases.slice(0, 3).map((c) => c.id)),
      status: 'draft', created_by: p.keyId, created_at: at, updated_at: at, published_at: null,
    };
    await db.insertBulletin(row);
    await centre.audit(p, 'bulletin.draft', row.id, { from: iso(body.from), to: iso(body.to), cases: periodCases.length });
    return reply.status(201).send(bulletinView(row));
  });
  app.get('/v1/bulletins', async (req) => {
    await officer(req);
    return { bulletins: (await db.listBulletins(false)).map(bulletinView) };
  });
  app.get('/v1/bulletins/:id', async (req) => {
    await officer(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const b = await db.getBulletin(id);
    if (!b) throw notFound('bulletin');
    return bulletinView(b);
  });
  app.patch('/v1/bulletins/:id', async (req) => {
    const p = await supervisor(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const body = parseWith(BulletinPatchBody, req.body);
    const b = await db.getBulletin(id);
    if (!b) throw notFound('bulletin');
    if (b.status === 'published') throw new ApiError(409, 'published', 'a published bulletin is not edited; draft a new one');
    await db.updateBulletin(id, body.title ?? b.title, body.markdown ?? b.markdown, now());
    await centre.audit(p, 'bulletin.edit', id);
    return bulletinView((await db.getBulletin(id))!);
  });
  app.post('/v1/bulletins/:id/publish', async (req) => {
    const p = await supervisor(req);
    const { id } = parseWith(UuidParams, req.params, 'not_found');
    const b = await db.getBulletin(id);
    if (!b) throw notFound('bulletin');
    if (b.status === 'published') throw new ApiError(409, 'published', 'already published');
    const v = bulletinViolations(`${b.title}\n${b.markdown}`);
    if (v.length) throw new ApiError(422, 'bulletin_rule', `a bulletin carries no link and no number but 110/96110: ${v.join('; ')}`);
    await db.publishBulletin(id, now());
    await centre.audit(p, 'bulletin.publish', id);
    return bulletinView((await db.getBulletin(id))!);
  });

  // ---- the public pages ----
  app.get('/bulletins', async (_req, reply) => {
    const list = (await db.listBulletins(true)).map((b) => `<li><a href="/bulletins/${escapeHtml(b.slug)}">${escapeHtml(b.title)}</a>
<span class="date">${escapeHtml(cstDate(b.period_from))}–${escapeHtml(cstDate(b.period_to - 1))}</span></li>`).join('\n');
    return reply.type('text/html; charset=utf-8').send(publicPage('反诈预警 · Warning bulletins', `<h1>反诈预警</h1>
<p class="lead">反诈中心发布的防骗提醒。接到可疑电话，请挂断后拨打110或96110咨询。</p>
${list ? `<ul class="list">${list}</ul>` : '<p>暂无发布的预警。</p>'}`));
  });
  app.get('/bulletins/:slug', async (req, reply) => {
    const r = SlugParams.safeParse(req.params);
    const b = r.success ? await db.getPublishedBySlug(r.data.slug) : undefined;
    if (!b) throw notFound('bulletin');
    // Checked again on the way out: nothing that breaks the rule is ever served.
    if (bulletinViolations(`${b.title}\n${b.markdown}`).length) throw notFound('bulletin');
    const md = b.markdown.trimStart().startsWith('# ') ? b.markdown : `# ${b.title}\n${b.markdown}`;
    return reply.type('text/html; charset=utf-8').send(publicPage(b.title, `<article>${markdownHtml(md)}</article>
<p class="meta">发布于 ${escapeHtml(cstDate(b.published_at ?? b.created_at))} · <a href="/bulletins">全部预警</a></p>`));
  });
}
