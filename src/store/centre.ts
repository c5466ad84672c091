/**
 * The anti-fraud centre's reads and writes (migration 0040): users and signed-in sessions, the
 * follow-up workflow on alerts, cases, indicators, reviews, bulletins, settings. Victim text
 * arrives masked; indicator values are the scammer's and are kept in full.
 */
import type { Db } from './db.ts';
import type { AlertRow } from './store.ts';
import type { Store } from './store.ts';

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

export class CentreStore {
  /** The server's clock (tests move it); set by the server when it starts. */
  clock: () => number = Date.now;

  constructor(readonly db: Db) {}

  // ---- users and signed-in sessions ----
  insertUser(u: StaffUserRow): void {
    this.db.prepare('INSERT INTO staff_users (name, role, salt, hash, created_at, disabled_at) VALUES (@name, @role, @salt, @hash, @created_at, @disabled_at)').run(u);
  }
  getUser(name: string): StaffUserRow | undefined {
    return this.db.prepare('SELECT * FROM staff_users WHERE name = ?').get(name) as StaffUserRow | undefined;
  }
  listUsers(): StaffUserRow[] {
    return this.db.prepare('SELECT * FROM staff_users ORDER BY name').all() as StaffUserRow[];
  }
  insertStaffSession(r: StaffSessionRow): void {
    this.db.prepare('INSERT INTO staff_sessions (hash, principal, role, csrf, created_at, expires_at) VALUES (@hash, @principal, @role, @csrf, @created_at, @expires_at)').run(r);
  }
  getStaffSession(hash: string): StaffSessionRow | undefined {
    return this.db.prepare('SELECT * FROM staff_sessions WHERE hash = ?').get(hash) as StaffSessionRow | undefined;
  }
  deleteStaffSession(hash: string): void {
    this.db.prepare('DELETE FROM staff_sessions WHERE hash = ?').run(hash);
  }
  purgeStaffSessions(now: number): number {
    return this.db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(now).changes;
  }

  // ---- alerts in the workflow ----
  getAlert(id: string): WorkflowAlertRow | undefined {
    return this.db.prepare(`${ALERT_SELECT} WHERE a.id = ?`).get(id) as WorkflowAlertRow | undefined;
  }
  updateWorkflow(id: string, w: { status: string; assignee: string | null; outcome: string | null; outcome_json: string | null; first_contact_at: number | null; claimed_at: number | null; closed_at: number | null; updated_at: number }): void {
    this.db.prepare(`UPDATE alerts SET status = @status, assignee = @assignee, outcome = @outcome, outcome_json = @outcome_json,
      first_contact_at = @first_contact_at, claimed_at = @claimed_at, closed_at = @closed_at, updated_at = @updated_at WHERE id = @id`).run({ id, ...w });
  }
  setPlatform(id: string, platform: string): void {
    this.db.prepare('UPDATE alerts SET platform = ? WHERE id = ? AND platform IS NULL').run(platform, id);
  }
  markEscalated(id: string, at: number): boolean {
    return this.db.prepare('UPDATE alerts SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL').run(at, id).changes > 0;
  }
  /** Open alerts without a contact attempt, not yet escalated, created before `cutoff`. */
  openUncontacted(level: string, cutoff: number): WorkflowAlertRow[] {
    return this.db.prepare(`${ALERT_SELECT} WHERE a.level = ? AND a.status != 'closed' AND a.first_contact_at IS NULL
      AND a.escalated_at IS NULL AND a.created_at < ? LIMIT 500`).all(level, cutoff) as WorkflowAlertRow[];
  }

  queue(f: QueueFilter): { rows: WorkflowAlertRow[]; total: number } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.level) { where.push('a.level = ?'); params.push(f.level); }
    if (f.status) { where.push('a.status = ?'); params.push(f.status); }
    if (f.platform) { where.push('a.platform = ?'); params.push(f.platform); }
    if (f.assignee) { where.push('a.assignee = ?'); params.push(f.assignee); }
    if (f.since !== undefined) { where.push('a.created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { where.push('a.created_at < ?'); params.push(f.until); }
    if (f.demo !== undefined) { where.push('a.demo = ?'); params.push(f.demo ? 1 : 0); }
    if (f.indicator) {
      where.push('a.id IN (SELECT g.alert_id FROM indicator_sightings g JOIN indicators i ON i.id = g.indicator_id WHERE i.value = ?)');
      params.push(f.indicator);
    }
    const filtered = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM alerts a ${filtered}`).get(...params) as { n: number }).n;
    const page = [...where];
    const pageParams = [...params];
    if (f.before) { page.push('(a.created_at < ? OR (a.created_at = ? AND a.id < ?))'); pageParams.push(f.before.at, f.before.at, f.before.id); }
    const sql = `${ALERT_SELECT} ${page.length ? 'WHERE ' + page.join(' AND ') : ''} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...pageParams, f.limit) as WorkflowAlertRow[];
    return { rows, total };
  }

  alertsBetween(since: number, until: number): WorkflowAlertRow[] {
    return this.db.prepare(`${ALERT_SELECT} WHERE a.created_at >= ? AND a.created_at < ? ORDER BY a.created_at`).all(since, until) as WorkflowAlertRow[];
  }

  // ---- follow-up log ----
  insertFollowup(r: Omit<FollowupRow, 'id'>): number {
    return Number(this.db.prepare(`INSERT INTO followups (alert_id, at, actor, role, action, detail_json, note)
      VALUES (@alert_id, @at, @actor, @role, @action, @detail_json, @note)`).run(r).lastInsertRowid);
  }
  listFollowups(alertId: string): FollowupRow[] {
    return this.db.prepare('SELECT * FROM followups WHERE alert_id = ? ORDER BY id').all(alertId) as FollowupRow[];
  }
  /** Contact attempts on every alert of the alert's call (a call's alerts are one incident). */
  contactStats(alertId: string): { attempts: number; reached: number } {
    const rows = this.db.prepare(`SELECT f.detail_json FROM followups f JOIN alerts a ON a.id = f.alert_id
      WHERE a.session_id = (SELECT session_id FROM alerts WHERE id = ?) AND f.action = 'contact'`).all(alertId) as { detail_json: string | null }[];
    let reached = 0;
    for (const r of rows) if (r.detail_json && (JSON.parse(r.detail_json) as { result?: string }).result === 'reached') reached++;
    return { attempts: rows.length, reached };
  }

  // ---- cases ----
  insertCase(c: CaseRow): void {
    this.db.prepare(`INSERT INTO cases (id, ref, alert_id, session_id, title, channel, platform, tactics_json, loss_amount, recovered_amount,
      paid_how, stop_payment, stop_payment_at, narrative, status, demo, created_by, created_at, updated_at)
      VALUES (@id, @ref, @alert_id, @session_id, @title, @channel, @platform, @tactics_json, @loss_amount, @recovered_amount,
      @paid_how, @stop_payment, @stop_payment_at, @narrative, @status, @demo, @created_by, @created_at, @updated_at)`).run(c);
  }
  getCase(id: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  }
  caseOfAlert(alertId: string): CaseRow | undefined {
    return this.db.prepare('SELECT * FROM cases WHERE alert_id = ?').get(alertId) as CaseRow | undefined;
  }
  updateCase(c: CaseRow): void {
    this.db.prepare(`UPDATE cases SET title = @title, channel = @channel, platform = @platform, tactics_json = @tactics_json,
      loss_amount = @loss_amount, recovered_amount = @recovered_amount, paid_how = @paid_how, stop_payment = @stop_payment,
      stop_payment_at = @stop_payment_at, narrative = @narrative, status = @status, updated_at = @updated_at WHERE id = @id`).run(c);
  }
  /** Cases refs count per day: C-YYYYMMDD-NNN. */
  countCasesWithPrefix(prefix: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM cases WHERE ref LIKE ?').get(prefix + '%') as { n: number }).n;
  }
  listCases(f: CaseFilter): { rows: CaseRow[]; total: number } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.since !== undefined) { where.push('created_at >= ?'); params.push(f.since); }
    if (f.until !== undefined) { where.push('created_at < ?'); params.push(f.until); }
    const total = (this.db.prepare(`SELECT count(*) AS n FROM cases ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`).get(...params) as { n: number }).n;
    if (f.before) { where.push('(created_at < ? OR (created_at = ? AND id < ?))'); params.push(f.before.at, f.before.at, f.before.id); }
    const rows = this.db.prepare(`SELECT * FROM cases ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC, id DESC LIMIT ?`)
      .all(...params, f.limit) as CaseRow[];
    return { rows, total };
  }
  casesByIds(ids: readonly string[]): CaseRow[] {
    if (ids.length === 0) return [];
    return this.db.prepare(`SELECT * FROM cases WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY created_at`).all(...ids) as CaseRow[];
  }

  // ---- indicators ----
  /** Records one sighting (creating the indicator on first sight); returns the indicator id. */
  sight(kind: string, value: string, at: number, link: { alert_id?: string | null; case_id?: string | null; session_id?: string | null }, demo = false): number {
    this.db.prepare(`INSERT INTO indicators (kind, value, status, first_seen, last_seen, sightings, demo) VALUES (?, ?, 'candidate', ?, ?, 0, ?)
      ON CONFLICT (kind, value) DO NOTHING`).run(kind, value, at, at, demo ? 1 : 0);
    const row = this.db.prepare('SELECT id FROM indicators WHERE kind = ? AND value = ?').get(kind, value) as { id: number };
    const already = link.alert_id
      ? this.db.prepare('SELECT 1 FROM indicator_sightings WHERE indicator_id = ? AND alert_id = ?').get(row.id, link.alert_id)
      : link.case_id ? this.db.prepare('SELECT 1 FROM indicator_sightings WHERE indicator_id = ? AND case_id = ?').get(row.id, link.case_id) : undefined;
    if (already) return row.id;
    this.db.prepare('INSERT INTO indicator_sightings (indicator_id, alert_id, case_id, session_id, at) VALUES (?, ?, ?, ?, ?)')
      .run(row.id, link.alert_id ?? null, link.case_id ?? null, link.session_id ?? null, at);
    this.db.prepare('UPDATE indicators SET sightings = sightings + 1, last_seen = max(last_seen, ?), first_seen = min(first_seen, ?) WHERE id = ?').run(at, at, row.id);
    return row.id;
  }
  /** Links the alert's indicators to a case (when a case is opened from it). */
  linkAlertIndicatorsToCase(alertId: string, caseId: string, at: number): void {
    const ids = this.db.prepare('SELECT DISTINCT indicator_id FROM indicator_sightings WHERE alert_id = ?').all(alertId) as { indicator_id: number }[];
    const ins = this.db.prepare('INSERT INTO indicator_sightings (indicator_id, alert_id, case_id, session_id, at) VALUES (?, NULL, ?, NULL, ?)');
    for (const r of ids) {
      if (!this.db.prepare('SELECT 1 FROM indicator_sightings WHERE indicator_id = ? AND case_id = ?').get(r.indicator_id, caseId)) ins.run(r.indicator_id, caseId, at);
    }
  }
  getIndicator(id: number): IndicatorRow | undefined {
    return this.db.prepare('SELECT * FROM indicators WHERE id = ?').get(id) as IndicatorRow | undefined;
  }
  listIndicators(f: IndicatorFilter): { rows: IndicatorRow[]; total: number } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.kind) { where.push('kind = ?'); params.push(f.kind); }
    if (f.status) { where.push('status = ?'); params.push(f.status); }
    if (f.q) { where.push("instr(value, ?) > 0"); params.push(f.q); }
    const total = (this.db.prepare(`SELECT count(*) AS n FROM indicators ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`).get(...params) as { n: number }).n;
    if (f.afterId !== undefined) { where.push('id < ?'); params.push(f.afterId); }
    const rows = this.db.prepare(`SELECT * FROM indicators ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`).all(...params, f.limit) as IndicatorRow[];
    return { rows, total };
  }
  indicatorsOfAlert(alertId: string): IndicatorRow[] {
    return this.db.prepare('SELECT DISTINCT i.* FROM indicators i JOIN indicator_sightings g ON g.indicator_id = i.id WHERE g.alert_id = ? ORDER BY i.id').all(alertId) as IndicatorRow[];
  }
  indicatorsOfCase(caseId: string): IndicatorRow[] {
    return this.db.prepare('SELECT DISTINCT i.* FROM indicators i JOIN indicator_sightings g ON g.indicator_id = i.id WHERE g.case_id = ? ORDER BY i.id').all(caseId) as IndicatorRow[];
  }
  decideIndicator(id: number, status: string, caseId: string | null, by: string, at: number): void {
    this.db.prepare('UPDATE indicators SET status = ?, case_id = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(status, caseId, by, at, id);
  }
  confirmedIndicators(): { kind: string; value: string; case_ref: string | null }[] {
    return this.db.prepare(`SELECT i.kind, i.value, c.ref AS case_ref FROM indicators i LEFT JOIN cases c ON c.id = i.case_id WHERE i.status = 'confirmed'`)
      .all() as { kind: string; value: string; case_ref: string | null }[];
  }

  // ---- reviews ----
  insertReview(r: Omit<ReviewRow, 'id' | 'status' | 'decided_by' | 'decided_at'>): number | null {
    const res = this.db.prepare(`INSERT OR IGNORE INTO reviews (source, feedback_id, alert_id, session_id, expect, text, note, created_by, created_at)
      VALUES (@source, @feedback_id, @alert_id, @session_id, @expect, @text, @note, @created_by, @created_at)`).run(r);
    return res.changes > 0 ? Number(res.lastInsertRowid) : null;
  }
  getReview(id: number): ReviewRow | undefined {
    return this.db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as ReviewRow | undefined;
  }
  listReviews(status: string | undefined, limit: number): ReviewRow[] {
    return (status
      ? this.db.prepare('SELECT * FROM reviews WHERE status = ? ORDER BY id DESC LIMIT ?').all(status, limit)
      : this.db.prepare('SELECT * FROM reviews ORDER BY id DESC LIMIT ?').all(limit)) as ReviewRow[];
  }
  decideReview(id: number, status: string, by: string, at: number): boolean {
    return this.db.prepare("UPDATE reviews SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'").run(status, by, at, id).changes > 0;
  }
  /** Citizen feedback rows (table `feedback`, made by the citizen pages' migration) not yet in the review queue. */
  newFeedback(): { id: string; session_id: string; alert_id: string | null; kind: string; note: string | null; created_at: number }[] {
    const exists = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feedback'").get();
    if (!exists) return [];
    return this.db.prepare(`SELECT f.id, f.session_id, f.alert_id, f.kind, f.note, f.created_at FROM feedback f
      WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.feedback_id = f.id) ORDER BY f.created_at LIMIT 1000`).all() as
      { id: string; session_id: string; alert_id: string | null; kind: string; note: string | null; created_at: number }[];
  }

  // ---- bulletins ----
  insertBulletin(b: BulletinRow): void {
    this.db.prepare(`INSERT INTO bulletins (id, slug, title, markdown, period_from, period_to, case_ids_json, status, created_by, created_at, updated_at, published_at)
      VALUES (@id, @slug, @title, @markdown, @period_from, @period_to, @case_ids_json, @status, @created_by, @created_at, @updated_at, @published_at)`).run(b);
  }
  getBulletin(id: string): BulletinRow | undefined {
    return this.db.prepare('SELECT * FROM bulletins WHERE id = ?').get(id) as BulletinRow | undefined;
  }
  getPublishedBySlug(slug: string): BulletinRow | undefined {
    return this.db.prepare("SELECT * FROM bulletins WHERE slug = ? AND status = 'published'").get(slug) as BulletinRow | undefined;
  }
  listBulletins(publishedOnly: boolean): BulletinRow[] {
    return this.db.prepare(`SELECT * FROM bulletins ${publishedOnly ? "WHERE status = 'published'" : ''} ORDER BY coalesce(published_at, created_at) DESC LIMIT 200`).all() as BulletinRow[];
  }
  updateBulletin(id: string, title: string, markdown: string, at: number): void {
    this.db.prepare('UPDATE bulletins SET title = ?, markdown = ?, updated_at = ? WHERE id = ?').run(title, markdown, at, id);
  }
  publishBulletin(id: string, at: number): void {
    this.db.prepare("UPDATE bulletins SET status = 'published', published_at = ?, updated_at = ? WHERE id = ?").run(at, at, id);
  }

  // ---- settings ----
  getSetting<T>(key: string): T | undefined {
    const r = this.db.prepare('SELECT value_json FROM centre_settings WHERE key = ?').get(key) as { value_json: string } | undefined;
    return r ? (JSON.parse(r.value_json) as T) : undefined;
  }
  setSetting(key: string, value: unknown): void {
    this.db.prepare('INSERT INTO centre_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(key, JSON.stringify(value));
  }
}

const cache = new WeakMap<Store, CentreStore>();
/** The centre's queries over the service's one database handle. */
export function centreOf(store: Store): CentreStore {
  let c = cache.get(store);
  if (!c) cache.set(store, (c = new CentreStore(store.db)));
  return c;
}
