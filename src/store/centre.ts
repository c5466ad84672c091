/**
 * The anti-fraud centre's reads and writes (migration 0040): users and signed-in sessions, the
 * follow-up workflow on alerts, cases, indicators, reviews, bulletins, settings. Victim text
 * arrives masked; indicator values are the scammer's and are kept in full.
 *
 * Async over the SQL port (./sql.ts), so the same code runs on SQLite and PostgreSQL; every
 * statement is portable SQL (the rules in sql.ts). Several writes that belong together go
 * through `tx`, which hands the callback a CentreStore bound to the transaction.
 */
import type { AlertRow } from './store.ts';
import type { Store } from './store.ts';
import type { Sql, SqlValue } from './sql.ts';
import { SqliteSql } from './sql-sqlite.ts';

export interface StaffUserRow { name: string; role: string; salt: string; hash: string; created_at: number; disabled_at: number | null }
export interface StaffSessionRow { hash: string; principal: string; role: string; csrf: string; created_at: number; expires_at: number }

export interface WorkflowAlertRow extends AlertRow {
  assignee: string | null;
  claimed_at: number | null;
  first_contact_at: number | null;
  outcome: string | null;
  outcome_json: string | null;
  closed_at: number | null;
  escalated_at: number | null;
  platform: string | null;
  demo: number;
  channel: string | null;
  claimed_identity: string | null;
  caller_number: string | null;
}

export interface FollowupRow { id: number; alert_id: string; at: number; actor: string; role: string; action: string; detail_json: string | null; note: string | null }

export interface CaseRow {
  id: string; ref: string; alert_id: string | null; session_id: string | null; title: string; channel: string | null;
  platform: string | null; tactics_json: string; loss_amount: number; recovered_amount: number; paid_how: string | null;
  stop_payment: number; stop_payment_at: number | null; narrative: string | null; status: string; demo: number;
  created_by: string; created_at: number; updated_at: number;
}

export interface IndicatorRow {
  id: number; kind: string; value: string; status: string; first_seen: number; last_seen: number; sightings: number;
  case_id: string | null; decided_by: string | null; decided_at: number | null; demo: number;
}

export interface ReviewRow {
  id: number; source: string; feedback_id: string | null; alert_id: string | null; session_id: string | null; expect: string;
  text: string; note: string | null; status: string; created_by: string | null; created_at: number; decided_by: string | null; decided_at: number | null;
}

export interface BulletinRow {
  id: string; slug: string; title: string; markdown: string; period_from: number; period_to: number; case_ids_json: string;
  status: string; created_by: string; created_at: number; updated_at: number; published_at: number | null;
}

export interface SightingLink { alert_id?: string | null; case_id?: string | null; session_id?: string | null }

export interface QueueFilter {
  level?: string | undefined;
  status?: string | undefined;
  platform?: string | undefined;
  assignee?: string | undefined;
  /** A normalised indicator value (phone digits, host…): alerts in which it was seen. */
  indicator?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
  demo?: boolean | undefined;
  /** Alerts older than this (created_at, id) pair: the cursor of the previous page. */
  before?: { at: number; id: string } | undefined;
  limit: number;
}

export interface CaseFilter { since?: number | undefined; until?: number | undefined; before?: { at: number; id: string } | undefined; limit: number }

export interface IndicatorFilter {
  kind?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

const ALERT_SELECT = `SELECT a.*, s.channel AS channel, s.claimed_identity AS claimed_identity, s.caller_number AS caller_number
  FROM alerts a LEFT JOIN sessions s ON s.id = a.session_id`;

const where = (w: readonly string[]) => (w.length ? 'WHERE ' + w.join(' AND ') : '');
/** A LIKE pattern matching `q` anywhere, with its own % _ and \ taken literally (ESCAPE '\'). */
export const containsPattern = (q: string) => '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

export class CentreStore {
  /** The server's clock (tests move it); set by the server when it starts. */
  clock: () => number = Date.now;

  constructor(readonly sql: Sql) {}

  /** Runs `fn` in one transaction, with a CentreStore whose statements are part of it. */
  tx<T>(fn: (c: CentreStore) => Promise<T>): Promise<T> {
    return this.sql.tx((q) => {
      const c = new CentreStore(q);
      c.clock = this.clock;
      return fn(c);
    });
  }

  // ---- users and signed-in sessions ----
  async insertUser(u: StaffUserRow): Promise<void> {
    await this.sql.run('INSERT INTO staff_users (name, role, salt, hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?)',
      [u.name, u.role, u.salt, u.hash, u.created_at, u.disabled_at]);
  }
  getUser(name: string): Promise<StaffUserRow | undefined> {
    return this.sql.get<StaffUserRow>('SELECT * FROM staff_users WHERE name = ?', [name]);
  }
  listUsers(): Promise<StaffUserRow[]> {
    return this.sql.all<StaffUserRow>('SELECT * FROM staff_users ORDER BY name');
  }
  async insertStaffSession(r: StaffSessionRow): Promise<void> {
    await this.sql.run('INSERT INTO staff_sessions (hash, principal, role, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [r.hash, r.principal, r.role, r.csrf, r.created_at, r.expires_at]);
  }
  getStaffSession(hash: string): Promise<StaffSessionRow | undefined> {
    return this.sql.get<StaffSessionRow>('SELECT * FROM staff_sessions WHERE hash = ?', [hash]);
  }
  async deleteStaffSession(hash: string): Promise<void> {
    await this.sql.run('DELETE FROM staff_sessions WHERE hash = ?', [hash]);
  }
  async purgeStaffSessions(now: number): Promise<number> {
    return (await this.sql.run('DELETE FROM staff_sessions WHERE expires_at <= ?', [now])).changes;
  }

  // ---- the sign-in throttle (migration 0081) ----
  /**
   * Takes one sign-in attempt from `key`'s bucket (`capacity` attempts, refilled at `perSecond`),
   * in ONE statement, so attempts through several processes at once each see the others'.
   * Returns 0 when allowed, else the seconds until one attempt is back (as RateLimiter.take).
   */
  async takeSignIn(key: string, now: number, capacity: number, perSecond: number): Promise<number> {
    // The refilled bucket: the old tokens plus what the time since grew, at most `capacity`.
    const refilled = `(CASE WHEN sign_in_throttle.tokens + (excluded.at - sign_in_throttle.at) * CAST(? AS DOUBLE PRECISION) > CAST(? AS DOUBLE PRECISION)
      THEN CAST(? AS DOUBLE PRECISION) ELSE sign_in_throttle.tokens + (excluded.at - sign_in_throttle.at) * CAST(? AS DOUBLE PRECISION) END)`;
    const rate = perSecond / 1000;
    const bind = [rate, capacity, capacity, rate];
    const r = await this.sql.get<{ tokens: number; granted: number }>(`INSERT INTO sign_in_throttle (key, tokens, at, granted) VALUES (?, CAST(? AS DOUBLE PRECISION), ?, 1)
      ON CONFLICT (key) DO UPDATE SET
        tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
        granted = CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
        at = excluded.at
      RETURNING tokens, granted`, [key, capacity - 1, now, ...bind, ...bind, ...bind, ...bind]);
    if (!r || r.granted === 1) return 0;
    return Math.max(1, Math.ceil((1 - r.tokens) / perSecond));
  }
  /** Buckets untouched since `before` are full again: forget them. */
  async purgeSignIns(before: number): Promise<number> {
    return (await this.sql.run('DELETE FROM sign_in_throttle WHERE at < ?', [before])).changes;
  }

  // ---- alerts in the workflow ----
  getAlert(id: string): Promise<WorkflowAlertRow | undefined> {
    return this.sql.get<WorkflowAlertRow>(`${ALERT_SELECT} WHERE a.id = ?`, [id]);
  }
  async updateWorkflow(id: string, w: { status: string; assignee: string | null; outcome: string | null; outcome_json: string | null; first_contact_at: number | null; claimed_at: number | null; closed_at: number | null; updated_at: number }): Promise<void> {
    await this.sql.run(`UPDATE alerts SET status = ?, assignee = ?, outcome = ?, outcome_json = ?,
      first_contact_at = ?, claimed_at = ?, closed_at = ?, updated_at = ? WHERE id = ?`,
    [w.status, w.assignee, w.outcome, w.outcome_json, w.first_contact_at, w.claimed_at, w.closed_at, w.updated_at, id]);
  }
  /**
   * The workflow update, only while the alert is as it was read (status, assignee, updated_at):
   * false when someone else moved it meanwhile (optimistic locking, the same on both engines).
   */
  async updateWorkflowIf(id: string, was: { status: string; assignee: string | null; updated_at: number }, w: { status: string; assignee: string | null; outcome: string | null; outcome_json: string | null; first_contact_at: number | null; claimed_at: number | null; closed_at: number | null; updated_at: number }): Promise<boolean> {
    const r = await this.sql.run(`UPDATE alerts SET status = ?, assignee = ?, outcome = ?, outcome_json = ?,
      first_contact_at = ?, claimed_at = ?, closed_at = ?, updated_at = ?
      WHERE id = ? AND status = ? AND coalesce(assignee, '') = ? AND updated_at = ?`,
    [w.status, w.assignee, w.outcome, w.outcome_json, w.first_contact_at, w.claimed_at, w.closed_at, w.updated_at, id, was.status, was.assignee ?? '', was.updated_at]);
    return r.changes > 0;
  }
  async setPlatform(id: string, platform: string): Promise<void> {
    await this.sql.run('UPDATE alerts SET platform = ? WHERE id = ? AND platform IS NULL', [platform, id]);
  }
  /** Marks demo alerts (the demo seed) with their platform. */
  async markDemo(id: string, platform: string | null): Promise<void> {
    await this.sql.run('UPDATE alerts SET demo = 1, platform = ? WHERE id = ?', [platform, id]);
  }
  async hasDemoAlerts(): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS x FROM alerts WHERE demo = 1 LIMIT 1')) !== undefined;
  }
  /** True when this call set it (a second process escalating the same alert gets false). */
  async markEscalated(id: string, at: number): Promise<boolean> {
    return (await this.sql.run('UPDATE alerts SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL', [at, id])).changes > 0;
  }
  /** Open alerts without a contact attempt, not yet escalated, created before `cutoff`. */
  openUncontacted(level: string, cutoff: number): Promise<WorkflowAlertRow[]> {
    return this.sql.all<WorkflowAlertRow>(`${ALERT_SELECT} WHERE a.level = ? AND a.status != 'closed' AND a.first_contact_at IS NULL
      AND a.escalated_at IS NULL AND a.created_at < ? ORDER BY a.created_at, a.id LIMIT 500`, [level, cutoff]);
  }

  async queue(f: QueueFilter): Promise<{ rows: WorkflowAlertRow[]; total: number }> {
    const w: string[] = [];
    const params: SqlValue[] = [];
    if (f.level) { w.push('a.level = ?'); params.push(f.level); }
    if (f.status) { w.push('a.status = ?'); params.push(f.status); }
    if (f.platform) { w.push('a.platform = ?'); params.push(f.platform); }
    if (f.assignee) { w.push('a.assignee = ?'); params.push(f.assignee); }
    if (f.since !== undefined) { w.push('a.created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { w.push('a.created_at < ?'); params.push(f.until); }
    if (f.demo !== undefined) { w.push('a.demo = ?'); params.push(f.demo ? 1 : 0); }
    if (f.indicator) {
      w.push('a.id IN (SELECT g.alert_id FROM indicator_sightings g JOIN indicators i ON i.id = g.indicator_id WHERE i.value = ?)');
      params.push(f.indicator);
    }
    const total = (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM alerts a ${where(w)}`, params))!.n;
    const page = [...w];
    const pageParams = [...params];
    if (f.before) { page.push('(a.created_at < ? OR (a.created_at = ? AND a.id < ?))'); pageParams.push(f.before.at, f.before.at, f.before.id); }
    const rows = await this.sql.all<WorkflowAlertRow>(`${ALERT_SELECT} ${where(page)} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`, [...pageParams, f.limit]);
    return { rows, total };
  }

  alertsBetween(since: number, until: number): Promise<WorkflowAlertRow[]> {
    return this.sql.all<WorkflowAlertRow>(`${ALERT_SELECT} WHERE a.created_at >= ? AND a.created_at < ? ORDER BY a.created_at, a.id`, [since, until]);
  }

  // ---- follow-up log ----
  async insertFollowup(r: Omit<FollowupRow, 'id'>): Promise<number> {
    const row = await this.sql.get<{ id: number }>(`INSERT INTO followups (alert_id, at, actor, role, action, detail_json, note)
      VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, [r.alert_id, r.at, r.actor, r.role, r.action, r.detail_json, r.note]);
    return row!.id;
  }
  listFollowups(alertId: string): Promise<FollowupRow[]> {
    return this.sql.all<FollowupRow>('SELECT * FROM followups WHERE alert_id = ? ORDER BY id', [alertId]);
  }
  /** Contact attempts on every alert of the alert's call (a call's alerts are one incident). */
  async contactStats(alertId: string): Promise<{ attempts: number; reached: number }> {
    const rows = await this.sql.all<{ detail_json: string | null }>(`SELECT f.detail_json FROM followups f JOIN alerts a ON a.id = f.alert_id
      WHERE a.session_id = (SELECT session_id FROM alerts WHERE id = ?) AND f.action = 'contact'`, [alertId]);
    let reached = 0;
    for (const r of rows) if (r.detail_json && (JSON.parse(r.detail_json) as { result?: string }).result === 'reached') reached++;
    return { attempts: rows.length, reached };
  }

  // ---- cases ----
  async insertCase(c: CaseRow): Promise<void> {
    await this.sql.run(`INSERT INTO cases (id, ref, alert_id, session_id, title, channel, platform, tactics_json, loss_amount, recovered_amount,
      paid_how, stop_payment, stop_payment_at, narrative, status, demo, created_by, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.id, c.ref, c.alert_id, c.session_id, c.title, c.channel, c.platform, c.tactics_json, c.loss_amount, c.recovered_amount,
      c.paid_how, c.stop_payment, c.stop_payment_at, c.narrative, c.status, c.demo, c.created_by, c.created_at, c.updated_at]);
  }
  getCase(id: string): Promise<CaseRow | undefined> {
    return this.sql.get<CaseRow>('SELECT * FROM cases WHERE id = ?', [id]);
  }
  caseOfAlert(alertId: string): Promise<CaseRow | undefined> {
    return this.sql.get<CaseRow>('SELECT * FROM cases WHERE alert_id = ?', [alertId]);
  }
  async updateCase(c: CaseRow): Promise<void> {
    await this.sql.run(`UPDATE cases SET title = ?, channel = ?, platform = ?, tactics_json = ?,
      loss_amount = ?, recovered_amount = ?, paid_how = ?, stop_payment = ?,
      stop_payment_at = ?, narrative = ?, status = ?, updated_at = ? WHERE id = ?`,
    [c.title, c.channel, c.platform, c.tactics_json, c.loss_amount, c.recovered_amount, c.paid_how, c.stop_payment,
      c.stop_payment_at, c.narrative, c.status, c.updated_at, c.id]);
  }
  /** Cases refs count per day: C-YYYYMMDD-NNN. The prefix holds no LIKE wildcard (letters, digits, '-'). */
  async countCasesWithPrefix(prefix: string): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM cases WHERE ref LIKE ?', [prefix + '%']))!.n;
  }
  async listCases(f: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
    const w: string[] = [];
    const params: SqlValue[] = [];
    if (f.since !== undefined) { w.push('created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { w.push('created_at < ?'); params.push(f.until); }
    const total = (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM cases ${where(w)}`, params))!.n;
    if (f.before) { w.push('(created_at < ? OR (created_at = ? AND id < ?))'); params.push(f.before.at, f.before.at, f.before.id); }
    const rows = await this.sql.all<CaseRow>(`SELECT * FROM cases ${where(w)} ORDER BY created_at DESC, id DESC LIMIT ?`, [...params, f.limit]);
    return { rows, total };
  }
  async casesByIds(ids: readonly string[]): Promise<CaseRow[]> {
    if (ids.length === 0) return [];
    return this.sql.all<CaseRow>(`SELECT * FROM cases WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at, id`, ids);
  }

  // ---- indicators ----
  /**
   * Records one sighting (creating the indicator on first sight); returns the indicator id. In one
   * transaction, so two processes seeing the same indicator for the same alert count it once.
   */
  sight(kind: string, value: string, at: number, link: SightingLink, demo = false): Promise<number> {
    return this.sql.tx((q) => sightIn(q, kind, value, at, link, demo));
  }
  /**
   * A turn's indicators (and the platform it claimed) for its alert, in ONE transaction: on
   * PostgreSQL a round trip per statement, not a transaction per indicator.
   */
  sightAll(indicators: readonly { kind: string; value: string }[], at: number, link: SightingLink & { alert_id: string }, platform: string | null): Promise<void> {
    return this.sql.tx(async (q) => {
      for (const i of indicators) await sightIn(q, i.kind, i.value, at, link, false);
      if (platform) await q.run('UPDATE alerts SET platform = ? WHERE id = ? AND platform IS NULL', [platform, link.alert_id]);
    });
  }
  /** Links the alert's indicators to a case (when a case is opened from it). */
  async linkAlertIndicatorsToCase(alertId: string, caseId: string, at: number): Promise<void> {
    const ids = await this.sql.all<{ indicator_id: number }>('SELECT DISTINCT indicator_id FROM indicator_sightings WHERE alert_id = ? ORDER BY indicator_id', [alertId]);
    for (const r of ids) {
      if (await this.sql.get('SELECT 1 AS x FROM indicator_sightings WHERE indicator_id = ? AND case_id = ?', [r.indicator_id, caseId])) continue;
      await this.sql.run('INSERT INTO indicator_sightings (indicator_id, alert_id, case_id, session_id, at) VALUES (?, NULL, ?, NULL, ?)', [r.indicator_id, caseId, at]);
    }
  }
  getIndicator(id: number): Promise<IndicatorRow | undefined> {
    return this.sql.get<IndicatorRow>('SELECT * FROM indicators WHERE id = ?', [id]);
  }
  async listIndicators(f: IndicatorFilter): Promise<{ rows: IndicatorRow[]; total: number }> {
    const w: string[] = [];
    const params: SqlValue[] = [];
    if (f.kind) { w.push('kind = ?'); params.push(f.kind); }
    if (f.status) { w.push('status = ?'); params.push(f.status); }
    // Values are stored lower-case (normaliseIndicator), so a lower-cased query matches the same
    // rows whether LIKE folds case (SQLite) or not (PostgreSQL).
    if (f.q) { w.push("value LIKE ? ESCAPE '\\'"); params.push(containsPattern(f.q.toLowerCase())); }
    const total = (await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM indicators ${where(w)}`, params))!.n;
    if (f.afterId !== undefined) { w.push('id < ?'); params.push(f.afterId); }
    const rows = await this.sql.all<IndicatorRow>(`SELECT * FROM indicators ${where(w)} ORDER BY id DESC LIMIT ?`, [...params, f.limit]);
    return { rows, total };
  }
  indicatorsOfAlert(alertId: string): Promise<IndicatorRow[]> {
    return this.sql.all<IndicatorRow>('SELECT i.* FROM indicators i WHERE i.id IN (SELECT g.indicator_id FROM indicator_sightings g WHERE g.alert_id = ?) ORDER BY i.id', [alertId]);
  }
  indicatorsOfCase(caseId: string): Promise<IndicatorRow[]> {
    return this.sql.all<IndicatorRow>('SELECT i.* FROM indicators i WHERE i.id IN (SELECT g.indicator_id FROM indicator_sightings g WHERE g.case_id = ?) ORDER BY i.id', [caseId]);
  }
  async decideIndicator(id: number, status: string, caseId: string | null, by: string, at: number): Promise<void> {
    await this.sql.run('UPDATE indicators SET status = ?, case_id = ?, decided_by = ?, decided_at = ? WHERE id = ?', [status, caseId, by, at, id]);
  }
  confirmedIndicators(): Promise<{ kind: string; value: string; case_ref: string | null }[]> {
    return this.sql.all(`SELECT i.kind, i.value, c.ref AS case_ref FROM indicators i LEFT JOIN cases c ON c.id = i.case_id WHERE i.status = 'confirmed' ORDER BY i.id`);
  }

  // ---- reviews ----
  /** The new review's id, or null when it is already queued (the same feedback, or the same alert and source). */
  async insertReview(r: Omit<ReviewRow, 'id' | 'status' | 'decided_by' | 'decided_at'>): Promise<number | null> {
    const row = await this.sql.get<{ id: number }>(`INSERT INTO reviews (source, feedback_id, alert_id, session_id, expect, text, note, created_by, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [r.source, r.feedback_id, r.alert_id, r.session_id, r.expect, r.text, r.note, r.created_by, r.created_at]);
    return row ? row.id : null;
  }
  getReview(id: number): Promise<ReviewRow | undefined> {
    return this.sql.get<ReviewRow>('SELECT * FROM reviews WHERE id = ?', [id]);
  }
  listReviews(status: string | undefined, limit: number): Promise<ReviewRow[]> {
    return status
      ? this.sql.all<ReviewRow>('SELECT * FROM reviews WHERE status = ? ORDER BY id DESC LIMIT ?', [status, limit])
      : this.sql.all<ReviewRow>('SELECT * FROM reviews ORDER BY id DESC LIMIT ?', [limit]);
  }
  async decideReview(id: number, status: string, by: string, at: number): Promise<boolean> {
    return (await this.sql.run("UPDATE reviews SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'", [status, by, at, id])).changes > 0;
  }
  /** Citizen feedback rows (table `feedback`, migration 0030) not yet in the review queue. */
  newFeedback(): Promise<{ id: string; session_id: string; alert_id: string | null; kind: string; note: string | null; created_at: number }[]> {
    return this.sql.all(`SELECT f.id, f.session_id, f.alert_id, f.kind, f.note, f.created_at FROM feedback f
      WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.feedback_id = f.id) ORDER BY f.created_at, f.seq LIMIT 1000`);
  }

  // ---- bulletins ----
  async insertBulletin(b: BulletinRow): Promise<void> {
    await this.sql.run(`INSERT INTO bulletins (id, slug, title, markdown, period_from, period_to, case_ids_json, status, created_by, created_at, updated_at, published_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [b.id, b.slug, b.title, b.markdown, b.period_from, b.period_to, b.case_ids_json, b.status, b.created_by, b.created_at, b.updated_at, b.published_at]);
  }
  getBulletin(id: string): Promise<BulletinRow | undefined> {
    return this.sql.get<BulletinRow>('SELECT * FROM bulletins WHERE id = ?', [id]);
  }
  getPublishedBySlug(slug: string): Promise<BulletinRow | undefined> {
    return this.sql.get<BulletinRow>("SELECT * FROM bulletins WHERE slug = ? AND status = 'published'", [slug]);
  }
  listBulletins(publishedOnly: boolean): Promise<BulletinRow[]> {
    return this.sql.all<BulletinRow>(`SELECT * FROM bulletins ${publishedOnly ? "WHERE status = 'published'" : ''} ORDER BY coalesce(published_at, created_at) DESC, id DESC LIMIT 200`);
  }
  async updateBulletin(id: string, title: string, markdown: string, at: number): Promise<void> {
    await this.sql.run('UPDATE bulletins SET title = ?, markdown = ?, updated_at = ? WHERE id = ?', [title, markdown, at, id]);
  }
  async publishBulletin(id: string, at: number): Promise<void> {
    await this.sql.run("UPDATE bulletins SET status = 'published', published_at = ?, updated_at = ? WHERE id = ?", [at, at, id]);
  }

  // ---- settings ----
  async getSetting<T>(key: string): Promise<T | undefined> {
    const r = await this.sql.get<{ value_json: string }>('SELECT value_json FROM centre_settings WHERE key = ?', [key]);
    return r ? (JSON.parse(r.value_json) as T) : undefined;
  }
  async setSetting(key: string, value: unknown): Promise<void> {
    await this.sql.run('INSERT INTO centre_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json', [key, JSON.stringify(value)]);
  }
}

/** Records one sighting in `q` (see CentreStore.sight). */
async function sightIn(q: Sql, kind: string, value: string, at: number, link: SightingLink, demo: boolean): Promise<number> {
  await q.run(`INSERT INTO indicators (kind, value, status, first_seen, last_seen, sightings, demo) VALUES (?, ?, 'candidate', ?, ?, 0, ?)
    ON CONFLICT (kind, value) DO NOTHING`, [kind, value, at, at, demo ? 1 : 0]);
  const row = (await q.get<{ id: number }>('SELECT id FROM indicators WHERE kind = ? AND value = ?', [kind, value]))!;
  const already = link.alert_id
    ? await q.get('SELECT 1 AS x FROM indicator_sightings WHERE indicator_id = ? AND alert_id = ?', [row.id, link.alert_id])
    : link.case_id ? await q.get('SELECT 1 AS x FROM indicator_sightings WHERE indicator_id = ? AND case_id = ?', [row.id, link.case_id]) : undefined;
  if (already) return row.id;
  await q.run('INSERT INTO indicator_sightings (indicator_id, alert_id, case_id, session_id, at) VALUES (?, ?, ?, ?, ?)',
    [row.id, link.alert_id ?? null, link.case_id ?? null, link.session_id ?? null, at]);
  // CASE, not the two-argument max()/min() (SQLite) or GREATEST/LEAST (PostgreSQL): the same SQL on both.
  await q.run(`UPDATE indicators SET sightings = sightings + 1,
    last_seen = CASE WHEN last_seen > ? THEN last_seen ELSE ? END,
    first_seen = CASE WHEN first_seen < ? THEN first_seen ELSE ? END WHERE id = ?`, [at, at, at, at, row.id]);
  return row.id;
}

const wrapped = new WeakMap<object, Sql>();
/** The SQL port over a better-sqlite3 handle: one per handle, so its transaction lock is shared by every user. */
export function sqlOfDb(db: ConstructorParameters<typeof SqliteSql>[0]): Sql {
  let s = wrapped.get(db);
  if (!s) wrapped.set(db, (s = new SqliteSql(db)));
  return s;
}
/** The service's one SQL handle behind a Store. */
export const sqlOf = (store: Store): Sql => store.sql;

const cache = new WeakMap<Store, CentreStore>();
/** The centre's queries over the service's one database handle. */
export function centreOf(store: Store): CentreStore {
  let c = cache.get(store);
  if (!c) cache.set(store, (c = new CentreStore(sqlOf(store))));
  return c;
}
