import { defineTactic } from '../../schema.ts';
import { zhLexicon } from '../lexicon.ts';

/**
 * The words that name a refund's or a claim's own line: the lexicon's context class `ctx.refund-line`
 * (src/playbook/zh/lexicon.ts, with its examples), data an officer extends.
 */
export const REFUND_LINE_WORDS: readonly string[] = zhLexicon['ctx.refund-line']!.terms;

/**
 * "请拨打理赔热线 17012345678", "请致电客服 0571-86651234 办理退款": a number of their own given to
 * call about a refund or a claim. A platform's or courier's claims line is its published short number
 * (95xxx, 400/800, 10086…), shown in its app; a sentence naming one of those, the courier on the
 * round or the branch, does not count. Weak alone (a contact number is everyday text); with a refund
 * or parcel story it is `pretext-plus-shift`. Kind named in issue 8 (sms-cs brief: a callback number
 * that is not the platform's), examples our own; which numbers are published is the number checker's
 * (src/checks/number), this is the move.
 */
export default defineTactic({
  id: 'shift.claims-line',
  stage: 'shift',
  description: {
    zh: '让您拨打对方给的手机号或座机去办理（真正的客服和机关电话在官方APP或官网里查得到）',
    en: 'Gives you a mobile or landline of theirs to call to sort it out (a real service or office line is listed in its official app or website)',
  },
  weight: 15,
  cues: [
    // Only a mobile or a landline that is no published line (`notOfficial`): a platform's line (95xxx,
    // 400/800, 100xx, its listed landline) is judged by the whole number, not by '95' or '800' inside another.
    {
      entity: 'phone', notOfficial: true, within: 12,
      near: [
        '致电', '拨打', '联系', '打电话', '来电', '热线', '专线', '专员', '客服电话',
        // The callback in a fresh writer's words ("请回电 0571-…", "回拨", "回个电话给我们，号码138…", "对接人：李经理 181…").
        '回电', '回拨', '请拨', '回个电话', '打个电话', '打一下这个电话', '电话', '号码', '客服', '售后', '对接人', '联系人', '办理',
        // A payout's or a refund's "where to ask" ("补偿金发放咨询：189…", "退费咨询专线：0755-…").
        '咨询',
      ],
    },
    // A travel cancellation's line (newcomer kind 3): an airline, 12306 or a hotel chain publishes a short line
    // (95xxx, 12306) or one the checker lists, so a 400/800 line next to a flight, a ticket or a booking counts
    // too ("航班取消，改签补偿300元，请致电400-123-4567"); "详询95530" does not.
    {
      entity: 'phone', notOfficial: true, businessLines: true, within: 30,
      near: ['航班', '机票', '改签', '退票', '列车', '车票', '高铁', '动车', '火车票', '酒店', '订房', '民宿', '行程'],
    },
    // A refund's or a claim's own line (退款专线, 理赔热线, 理赔部) given as a 400/800 number (newcomer7 kind 2:
    // "退款专线：400-820-6611 请尽快来电 否则视为放弃"): anybody rents a 400 line, and a platform's refund needs
    // no line of its own (it goes back by itself; its after-sales is one published hotline, "客服热线 95xxx",
    // which the checker lists). Only the refund-line words, not 客服/热线 alone (格力's installation notice
    // gives its 400 service line).
    {
      entity: 'phone', notOfficial: true, businessLines: true, within: 12,
      near: [...REFUND_LINE_WORDS],
    },
  ],
  unless: [
    '官方', '快递员', '派送员', '配送员', '骑手', '网点', '师傅',
    '不要', '切勿', '请勿', '陌生',
  ],
  guards: ['warning-story'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '您有一笔退款待确认，请致电客服 0571-86651234 办理',
      '您的包裹已丢失，请拨打理赔热线 17012345678 领取赔偿',
      '您有一笔理赔款待领取，请在24小时内联系专员 13812345678',
      '退款请打电话给我们的售后专员：13900001111',
      '请联系理赔专线 021-55556666 办理赔付',
      '你11月买的电热毯被查出线路老化，厂家全额退款加补偿，回电0571-86223051办理',
      '【申通快递】您的包裹外包装严重破损，请联系理赔客服19527314408处理',
      '补偿金发放咨询：18977203156',
      '尊敬的旅客，您预订的CA1234航班因机械故障取消，改签补偿300元，请致电400-123-4567办理',
      '退款专线：400-820-6611 请尽快来电 否则视为放弃',
      '淘宝退款专员：1 3 7 - 2 2 8 1 - 6 6 3 0，您的订单需要理赔，速联系',
    ],
    negative: [
      '【顺丰】您的快件已签收，如有问题请拨打95338',
      '如有疑问请拨打官方客服热线400-820-8820',
      '快递员电话13812345678，请保持畅通',
      '请不要拨打陌生人给的电话 17012345678',
      '您的快件在网点 0571-86651234，请联系领取',
      '【京东】退款问题请致电客服950618',
      '如需改签请拨打航空公司客服电话 95539',
      '【格力空调】您的安装工单已派发，师傅将于明天上午上门，如需改约请致电格力官方服务热线4008-365-315',
    ],
  },
});
