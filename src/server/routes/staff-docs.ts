/** The centre's routes in the API's route table (OpenAPI document and /docs), from the schemas the handlers validate with. */
import { z } from 'zod';
import type { RouteDoc } from '../openapi.ts';
import { FollowupAction } from '../../centre/followup.ts';
import { SlaTargets } from '../../centre/sla.ts';
import {
  CaseCreateBody, CasePatchBody, CaseQuery, IndicatorAddBody, IndicatorPatchBody, IndicatorQuery, QueueQuery, SignInBody, UserCreateBody,
} from './staff.ts';
import { BulletinDraftBody, BulletinPatchBody, MissedScamBody, ReviewDecisionBody, ReviewQuery, StatsQuery } from './staff-reports.ts';

const SignedIn = z.object({ principal: z.string(), role: z.string(), csrf: z.string().nullable(), expiresAt: z.string().nullable() });

export const CENTRE_ROUTES: RouteDoc[] = [
  { method: 'post', path: '/v1/staff/session', summary: '登录工作台 · Sign in to the console with a key or user + password: sets an HttpOnly, SameSite=Strict cookie and returns the CSRF token to send as X-CSRF-Token', access: 'anonymous', body: SignInBody, response: SignedIn },
  { method: 'get', path: '/v1/staff/session', summary: '当前登录 · Who is signed in, and the CSRF token', access: 'officer', response: SignedIn },
  { method: 'delete', path: '/v1/staff/session', summary: '退出登录 · Sign out', access: 'officer' },
  { method: 'post', path: '/v1/staff/users', summary: '创建用户 · Create a console user (supervisors create officers; admins any role)', access: 'supervisor', body: UserCreateBody },
  { method: 'get', path: '/v1/staff/users', summary: '用户列表 · Console users', access: 'supervisor' },
  { method: 'get', path: '/v1/queue', summary: '预警队列 · The alert queue with workflow, SLA, platform and stage; filters incl. an indicator value; cursor paging with a total', access: 'officer', query: QueueQuery },
  { method: 'get', path: '/v1/queue/{id}', summary: '预警详情 · One alert as the console works it: masked transcript, evidence, follow-up log, indicators in full (audited), its case', access: 'officer' },
  { method: 'get', path: '/v1/alerts/{id}/followups', summary: '劝阻记录 · The alert\'s follow-up log (claims, contact attempts, outcomes, notes)', access: 'officer' },
  { method: 'post', path: '/v1/alerts/{id}/followups', summary: '劝阻操作 · Claim, assign (supervisor), record a contact attempt, an outcome (已劝阻/已被骗/暂时联系不上/确实联系不上/误报/重复预警), a note, or reopen (supervisor). Impossible moves are 409 with the reason', access: 'officer', body: FollowupAction },
  { method: 'get', path: '/v1/sla', summary: '时限设置 · Minutes to first contact per level', access: 'officer', response: SlaTargets },
  { method: 'put', path: '/v1/sla', summary: '修改时限 · Set the minutes to first contact per level', access: 'supervisor', body: SlaTargets, response: SlaTargets },
  { method: 'post', path: '/v1/cases', summary: '立案 · Open a case, from an alert (copies channel, platform, tactic path, loss, indicators) or by hand', access: 'officer', body: CaseCreateBody },
  { method: 'get', path: '/v1/cases', summary: '案件列表 · Cases, newest first, cursor paging with a total', access: 'officer', query: CaseQuery },
  { method: 'get', path: '/v1/cases/{id}', summary: '案件详情 · One case with its indicators (audited)', access: 'officer' },
  { method: 'patch', path: '/v1/cases/{id}', summary: '更新案件 · Loss, recovered amount, 止付, narrative (masked), status', access: 'officer', body: CasePatchBody },
  { method: 'post', path: '/v1/cases/{id}/indicators', summary: '添加涉诈线索 · Add an indicator to a case by hand', access: 'officer', body: IndicatorAddBody },
  { method: 'get', path: '/v1/indicators', summary: '涉诈号码/账户/网址 · Indicators with first/last seen and counts: full for officers (audited), masked for partners', access: 'officer or partner', query: IndicatorQuery },
  { method: 'get', path: '/v1/indicators.csv', summary: '导出线索 CSV · The same list as CSV', access: 'officer or partner', query: IndicatorQuery },
  { method: 'patch', path: '/v1/indicators/{id}', summary: '确认/排除线索 · Confirm (in a case: detection then cites it) or dismiss an indicator', access: 'officer', body: IndicatorPatchBody },
  { method: 'get', path: '/v1/stats', summary: '统计 · Alerts by day or week (CST): level, stage, tactic, platform, channel, outcome, prevented vs lost, SLA met', access: 'supervisor', query: StatsQuery },
  { method: 'get', path: '/v1/stats.csv', summary: '统计导出 CSV · One table of the statistics as CSV (table=series|level|stage|tactic|platform|channel|outcome)', access: 'supervisor', query: StatsQuery },
  { method: 'get', path: '/v1/reviews', summary: '复核队列 · Candidate examples: citizen "这不是诈骗" feedback, 误报 outcomes, officer-reported misses', access: 'officer', query: ReviewQuery },
  { method: 'post', path: '/v1/reviews', summary: '报告漏报 · Report a scam the engine missed (a session or a text)', access: 'officer', body: MissedScamBody },
  { method: 'post', path: '/v1/reviews/{id}/decision', summary: '采纳/驳回 · Accept (appended to data/reviewed/<lang>.jsonl, run by the playbook tests) or reject a candidate', access: 'supervisor', body: ReviewDecisionBody },
  { method: 'post', path: '/v1/bulletins', summary: '起草预警通报 · Draft a bulletin in the seed\'s shape from a period\'s alerts and cases', access: 'supervisor', body: BulletinDraftBody },
  { method: 'get', path: '/v1/bulletins', summary: '通报列表 · Drafts and published bulletins', access: 'officer' },
  { method: 'get', path: '/v1/bulletins/{id}', summary: '通报详情 · One bulletin: Markdown, blocks, rule violations', access: 'officer' },
  { method: 'patch', path: '/v1/bulletins/{id}', summary: '修改草稿 · Edit a draft\'s title or Markdown', access: 'supervisor', body: BulletinPatchBody },
  { method: 'post', path: '/v1/bulletins/{id}/publish', summary: '发布 · Publish at /bulletins/{slug}; refused (422) while it carries a link or a number other than 110/96110', access: 'supervisor' },
  { method: 'get', path: '/bulletins', summary: '公开预警列表 · Published bulletins (HTML, no script)', access: 'anonymous' },
];
