/**
 * `fanzha serve --demo`: a few days of synthetic alerts, follow-ups, cases and indicators, every
 * row marked demo, so a newcomer sees a living console. The calls are our own writing in the
 * seed's shapes (the three cases of the bulletin and their variants, plus two ordinary calls that
 * an officer closes as 误报); each is run through the real engine, so levels, tactics and evidence
 * are what fanzha really says. Numbers are from reserved-looking ranges, never real people's.
 */
import { randomUUID } from 'node:crypto';
import { createSession } from '../../index.ts';
import type { AlertRow, Store } from '../../store/store.ts';
import { alertRank } from '../../types.ts';
import { maskDeep, maskPII, maskTactics } from '../mask.ts';
import { callerIndicator, extractIndicators, platformOf } from '../../centre/indicators.ts';
import { centreOf } from '../../store/centre.ts';
import type { Centre } from './staff.ts';

interface Script {
  claimed: string;
  caller: string;
  turns: [speaker: 'caller' | 'user', text: string][];
  /** What the officer recorded: an outcome, the loss, and whether a case was opened. */
  outcome?: 'stopped' | 'lost' | 'unreachable-for-now' | 'false-alarm';
  lost?: { amount: number; paidHow: 'qr-scan' | 'loan' | 'card-details' };
  openCase?: boolean;
}

const SCRIPTS: Script[] = [
  {
    claimed: '淘宝客服', caller: '17012340001', outcome: 'lost', lost: { amount: 16000, paidHow: 'qr-scan' }, openCase: true,
    turns: [
      ['caller', '您好，我是淘宝旗舰店的客服，您上个月买的奶粉这批有质量问题，我们给您退款。'],
      ['user', '哦，好的，怎么退？'],
      ['caller', '退款已经打到您支付宝了，但是您的信用积分不够，钱被冻结了，需要刷流水提高信用积分。'],
      ['caller', '我发您一个二维码，您扫码转账刷一下流水，钱后面会自动返还到您账户。'],
    ],
  },
  {
    claimed: '京东客服', caller: '17112340002', outcome: 'stopped', openCase: true,
    turns: [
      ['caller', '您好，我是京东客服，您买的卸妆棉有质量问题，要给您理赔。'],
      ['caller', '您加一下我们理赔中心的QQ群 778800001，群里有专员给您办理。'],
      ['caller', '操作比较复杂，您开一下屏幕共享，我一步步教您。'],
      ['caller', '您的芝麻信用积分不足，不能退款，需要先在借呗借一笔钱转过来提高积分。'],
    ],
  },
  {
    claimed: '拼多多客服', caller: '16512340003', outcome: 'lost', lost: { amount: 25063, paidHow: 'card-details' }, openCase: true,
    turns: [
      ['caller', '您好，拼多多客服，您之前买的东西交易不成功，需要给您退款。'],
      ['caller', '我短信发您退款网址 http://pdd-tuikuan.top/refund ，点进去填好信息就能退。'],
      ['caller', '填一下银行卡号和密码，三分钟内退到您的信用卡里。'],
      ['caller', '那笔支出是系统虚拟的，不会真正扣钱，您放心。'],
    ],
  },
  {
    claimed: '抖音客服', caller: '17012340004', outcome: 'stopped',
    turns: [
      ['caller', '您好，我是抖音商城客服，您误开通了百万保障会员，不取消的话每月扣费八百元。'],
      ['caller', '您下载一个“腾讯会议”，我帮您操作取消，把验证码告诉我。'],
    ],
  },
  {
    claimed: '京东客服', caller: '17112340005', outcome: 'unreachable-for-now',
    turns: [
      ['caller', '您好，我是京东客服，您的快递在运输中丢失了，我们给您双倍理赔。'],
      ['caller', '请您把收到的验证码告诉我，给您办理理赔。'],
    ],
  },
  {
    claimed: '淘宝客服', caller: '16712340006',
    turns: [
      ['caller', '您好，淘宝客服，您的订单出现异常，交易冻结，需要您配合解冻。'],
      ['caller', '请把钱转到安全账户 6222021234567890128 核验，核验完原路退回。'],
    ],
  },
  {
    claimed: '快递理赔', caller: '17012340007',
    turns: [
      ['caller', '您好，我是快递公司理赔专员，您的包裹丢了，我们要给您理赔。'],
      ['caller', '您加我微信 kuaidi_lipei01，我拉您进理赔群，再开个屏幕共享。'],
    ],
  },
  {
    // A real callback from the platform's published number that still reads as a warning: the
    // officer phones, confirms it, and closes it as 误报 (it goes to the review queue).
    claimed: '京东客服', caller: '950618', outcome: 'false-alarm',
    turns: [
      ['caller', '您好，我是京东客服，您的订单商品有质量问题，我们给您理赔退款，您看一下京东APP里的消息。'],
      ['caller', '您需要开一下屏幕共享我看看您的订单页面吗？不用的话您自己在APP里操作也可以。'],
    ],
  },
];

const DAY = 86_400_000;

/** Fills the store once (skips when demo rows exist); returns how many alerts it made. */
export async function seedDemo(store: Store, centre: Centre, now: number): Promise<number> {
  if (await centreOf(store).hasDemoAlerts()) return 0;
  const db = centre.db;
  const demoActor = { keyId: 'demo-officer', role: 'officer' as const };
  let made = 0;
  const opened = new Set<number>();
  // Four rounds over five days: each script runs at a different hour each day.
  for (let round = 0; round < 4; round++) {
    for (const [i, sc] of SCRIPTS.entries()) {
      if ((round + i) % 3 === 2) continue; // not every script every day
      const start = now - (4 - round) * DAY + ((i * 97 + round * 41) % 600) * 60_000 - 3 * 3_600_000;
      if (start > now - 5 * 60_000) continue;
      const fresh = round === 3 && i >= 5; // the newest few stay untouched in the queue
      const sessionId = randomUUID();
      const session = createSession({ channel: 'call', claimedIdentity: sc.claimed, callerNumber: sc.caller });
      await store.insertSession({
        id: sessionId, channel: 'call', lang: 'zh', caller_number: maskPII(sc.caller), claimed_identity: maskPII(sc.claimed), recipient: null,
        status: 'ended', turns: 0, level: 'none', risk: 0, verdict: 'safe', snapshot_json: null, created_at: start, updated_at: start, ended_at: null,
      });
      const alertIds: string[] = [];
      for (const [idx, [speaker, text]] of sc.turns.entries()) {
        const at = start + idx * 45_000;
        const { state, alert } = session.push({ speaker, text });
        const masked = { ...state, tactics: maskTactics(state.tactics) };
        let row: AlertRow | null = null;
        if (alert && alertRank(alert.level) >= alertRank('warn')) {
          row = {
            id: randomUUID(), session_id: sessionId, level: alert.level, risk: Math.round(alert.risk), verdict: alert.verdict, turn: alert.turn,
            tactics_json: JSON.stringify(alert.tactics), advice_json: JSON.stringify(alert.advice), evidence_json: JSON.stringify(masked.tactics),
            status: 'new', created_at: at, updated_at: at,
          };
          alertIds.push(row.id);
        }
        await store.commitTurns([{
          session: { id: sessionId, turns: idx + 1, level: state.level, risk: Math.round(state.risk), verdict: state.verdict, snapshot_json: JSON.stringify(maskDeep(session.snapshot())), updated_at: at },
          turn: { session_id: sessionId, idx, speaker, text: maskPII(text), created_at: at },
          alert: row,
        }]);
      }
      if (alertIds.length === 0) continue;
      const last = alertIds[alertIds.length - 1]!;
      const platform = platformOf([sc.claimed]) ?? platformOf(sc.turns.map((x) => x[1]));
      for (const id of alertIds) {
        await db.markDemo(id, platform);
        made++;
      }
      const indicators = [callerIndicator(sc.caller), ...sc.turns.flatMap(([sp, text]) => extractIndicators(text, sp))].filter((x) => x !== null);
      for (const ind of indicators) for (const id of alertIds) await db.sight(ind.kind, ind.value, start, { alert_id: id, session_id: sessionId }, true);
      if (fresh) continue;
      // The officer's work on the last (highest) alert: claimed, phoned, and an outcome.
      const claimAt = start + 3 * 60_000 + ((i + round) % 4) * 6 * 60_000;
      const reached = sc.outcome !== 'unreachable-for-now';
      const write = async (action: string, at: number, detail: Record<string, unknown>, note: string | null = null) =>
        await db.insertFollowup({ alert_id: last, at, actor: demoActor.keyId, role: 'officer', action, detail_json: JSON.stringify(detail), note });
      // The call's earlier, lower alert is the same incident: closed as 重复预警 of the last one.
      for (const earlier of alertIds.slice(0, -1)) {
        await db.insertFollowup({ alert_id: earlier, at: claimAt, actor: demoActor.keyId, role: 'officer', action: 'outcome', detail_json: JSON.stringify({ outcome: 'duplicate', duplicateOf: last }), note: null });
        await db.updateWorkflow(earlier, {
          status: 'closed', assignee: demoActor.keyId, outcome: 'duplicate', outcome_json: JSON.stringify({ outcome: 'duplicate', duplicateOf: last }),
          first_contact_at: null, claimed_at: claimAt, closed_at: claimAt, updated_at: claimAt,
        });
      }
      await write('claim', claimAt, { from: null });
      await write('contact', claimAt + 60_000, { means: 'phone', result: reached ? 'reached' : 'no-answer', at: claimAt + 60_000 });
      const outcome = sc.outcome ?? (round % 2 === 0 ? 'stopped' : undefined);
      let status = 'following-up';
      let outcomeJson: string | null = null;
      let closedAt: number | null = null;
      if (outcome) {
        const detail: Record<string, unknown> = { outcome };
        if (outcome === 'lost' && sc.lost) Object.assign(detail, { amount: sc.lost.amount, paidHow: sc.lost.paidHow, paidAt: start - 10 * 60_000 });
        await write('outcome', claimAt + 8 * 60_000, detail, outcome === 'false-alarm' ? '核实为京东官方客服回访，引导在APP内退款（演示）' : '演示数据');
        outcomeJson = JSON.stringify(detail);
        if (outcome !== 'unreachable-for-now') { status = 'closed'; closedAt = claimAt + 8 * 60_000; }
      }
      await db.updateWorkflow(last, {
        status, assignee: demoActor.keyId, outcome: outcome ?? null, outcome_json: outcomeJson, first_contact_at: claimAt + 60_000,
        claimed_at: claimAt, closed_at: closedAt, updated_at: claimAt + 8 * 60_000,
      });
      if (outcome === 'false-alarm') {
        await db.insertReview({
          source: 'false-alarm', feedback_id: null, alert_id: last, session_id: sessionId, expect: 'safe',
          text: sc.turns.map((x) => maskPII(x[1])).join('\n'), note: '演示数据', created_by: demoActor.keyId, created_at: claimAt + 8 * 60_000,
        });
      }
      if (sc.openCase && !opened.has(i)) {
        opened.add(i);
        // The case belongs to the day of its call, not to the moment of seeding.
        const c = await centre.openCase(demoActor, { alertId: last, narrative: '演示案件：根据群众陈述整理（已脱敏）。', stopPayment: outcome === 'lost', stopPaymentAt: claimAt + 12 * 60_000 }, true, claimAt + 10 * 60_000);
        // The caller's number is confirmed in the case: the next call from it is flagged.
        const phone = (await db.indicatorsOfCase(c.id)).find((x) => x.kind === 'phone');
        if (phone) await db.decideIndicator(phone.id, 'confirmed', c.id, demoActor.keyId, claimAt + 12 * 60_000);
      }
    }
  }
  await centre.refreshLookup();
  return made;
}
