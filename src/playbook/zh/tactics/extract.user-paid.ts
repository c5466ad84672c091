import { defineTactic } from '../../schema.ts';

/**
 * The citizen's own report that money, a loan or a code has already gone (DESIGN.md: "the user's own
 * report is the most urgent signal"). Weight 70: on its own it is `scam`-level, so the alert is
 * `block` and the first advice is 110/96110 and the bank's stop-payment (止付). Every cue carries
 * its context, so "房租我已经转过去了" stays quiet: either an explicit report ("被骗了", "按客服说的转")
 * or a completed payment near the other side (客服, 对方, 他给的账户, 联系不上).
 */
export default defineTactic({
  id: 'extract.user-paid',
  stage: 'extraction',
  description: {
    zh: '您说已经转账、扫码付款、贷了款或把验证码给了对方：可能已经被骗，要马上止付',
    en: 'You say you already transferred, paid by QR, borrowed or gave the code away: you may already have lost money',
  },
  weight: 70,
  speaker: 'any',
  cues: [
    {
      any: [
        '我被骗了', '被骗了', '上当了', '按他说的已经', '按他说的转', '按客服说的转', '按照客服说的转', '按对方说的转', '按他们说的转',
        '已经转给他们', '扫码付了', '钱被转走', '被转走了', '卡里的钱没了', '钱都没了', '贷款转给他', '借了钱转给', '转给那个客服',
        '验证码给他了', '验证码告诉他了', '验证码报给他', '把验证码给了', '验证码发给他了', '验证码发给对方', '刷了流水', '刷了好几笔',
        '转了好几笔', '打了好几笔', '钱转给客服', '钱转给了客服', '转到他给的', '转到他说的', '转到对方给的', '转进了他给的',
      ],
    },
    {
      // A completed payment, loan or code handed over, near the other side of the scam.
      all: [
        [
          '转过去了', '转过去', '转了', '转账了', '已经转', '已转账', '汇过去', '汇了', '打过去了', '打了款', '付了', '付过去',
          '付款了', '已经付', '已经汇', '贷了', '借了', '扫了码', '扫码付', '充了值', '交了', '验证码给', '验证码告诉', '验证码发给',
        ],
        [
          '客服', '对方', '骗子', '他给的', '他们给的', '他发的', '联系不上', '打不通', '拉黑', '理赔', '专员', '那个人', '陌生人',
          '没退回', '没有退回', '没到账', '不退',
        ],
      ],
      within: 30,
    },
  ],
  unless: [
    '差点', '幸好', '还好', '没有转', '没转', '没被骗', '没上当', '险些', '如果', '万一', '假如', '要是', '防止', '避免', '以免', '吗',
    // Promises of a future refund ("说给我退款", "会给我转补偿") are not listed here: they sit in the
    // same sentence as a real report ("客服说给我退款，我已经按他说的转了5000元") and must not hide it.
    '退款已', '不要转', '别转', '千万别', '会给我', '会给您', '要给我转', '将给您',
    // The payee acknowledged it ("预付款已经转给供应商了，对方确认收到了"): an ordinary payment, settled.
    '确认收到', '确认已收到', '对方已收到', '对方收到了', '已确认到账', '确认到账',
  ],
  guards: ['warning'],
  // A report, not a request: "我已经把验证码告诉他了" is done; "请把验证码告诉客服", "您先把钱转过去" is
  // asked (the scammer's own line, or a citizen quoting it), and none of the loss has happened.
  report: {
    addressed: [
      '请把', '请将', '请您', '请你', '请先', '请尽快', '请马上', '请立即', '请及时', '请直接', '请转', '请汇', '请付', '请扫', '请交',
      '您把', '你把', '您将', '你将', '您先', '你先', '麻烦您', '麻烦你', '麻烦把', '您需要', '你需要', '需要您', '需要你',
      '您只要', '你只要', '您只需', '你只需', '您直接', '你直接', '您要', '你要',
      // An instruction's ending ("把验证码告诉专员就可以了"): its 了 is no perfective.
      '就可以了', '就行了', '就好了', '就可以', '就行', '一下',
    ],
    // The speaker or their family did it ("我转给那个客服五千", "我妈转给他们两万").
    self: ['我', '妈', '爸', '家里人', '老人'],
    perfective: ['了', '已'],
  },
  advice: ['already-paid', 'tell-family'],
  showEntities: ['amount'],
  examples: {
    positive: [
      '我刚才按他说的已经转过去八千了',
      '完了，我好像被骗了，他让我扫码付了三次',
      '验证码我已经告诉他了，卡里的钱没了',
      '我妈已经转给他们两万，现在电话打不通',
      '听客服的话刷了好几笔流水，钱一直没退回来',
      '我在借呗借了钱转给那个理赔专员',
      '银行卡里的钱被转走了，怎么办',
      '我把验证码给了对方，然后就收到扣款短信',
      '我已经把钱转过去了，一共五千，对方说是京东客服',
      '我刚才按客服说的转了8000块到他给的账户，现在联系不上了',
      '钱已经汇过去了，那个客服现在把我拉黑了',
      '我在微粒贷贷了三万，都转到他给的账户了',
      '爸爸按照客服说的转了两笔，说是保证金',
      '我付了两千块手续费，对方说退款马上到账，到现在也没到账',
      '刚刚把验证码发给对方了，他说是快递理赔',
      '京东客服说给我退款，我已经按他说的转了5000元过去了',
      '刚才有个自称淘宝客服的人说给我退款，我把验证码告诉他了',
      '对方说退给我双倍，我就按他说的转了三千保证金',
      '客服说要给我理赔，我按他说的扫码付了两次',
    ],
    negative: [
      '还好我没转，差点就上当了',
      '如果已经转账，要马上报警',
      '妈，我给你的钱转过去了吗？',
      '房租我已经交了，你不用管',
      '快递已经签收了，谢谢',
      '要是被骗了，第一时间打110',
      '幸好你提醒我，没被骗',
      '他说的那些我一个字都没信',
      '客服说退款已经原路退回了，让我查收',
      '钱我已经转过去了，你查收一下',
      '客服让我转账，我没转，直接挂了',
      '水电费已经付了，物业说收到了',
      '客服说会给我转两百块补偿',
      '对方要我转钱，我千万别转对吧',
      '客服说会给我退款，让我等三个工作日',
      '淘宝客服说会给我转两百块补偿，到时候查收',
      '采购那边的预付款已经转给供应商了，三十万，对方确认收到了',
      '定金我已经转过去了，对方确认到账，下周交房',
      // Requests for the act, not reports of it (the scammer's line): nothing is lost yet.
      '请把验证码告诉客服，退款马上到账',
      '您先把钱汇过去，专员确认后退还',
      '把验证码告诉理赔专员就可以了',
    ],
  },
});
