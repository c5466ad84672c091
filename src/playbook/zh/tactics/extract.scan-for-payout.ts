import { defineTactic } from '../../schema.ts';
import { PAYER_SCANS } from '../payer-scans.ts';

/**
 * Money offered TO you, and a code of theirs to scan to get it (newcomer12 kind S6): "你的快递丢了 赔你 扫码",
 * "理赔 扫我码", "我加你微信把钱退给你，你扫一下我发的码", "外卖洒了 我赔你 你先扫我这个码确认一下". Scanning a code pays
 * its owner: whoever pays YOU scans yours or transfers, never has you scan theirs. The refund scam's shortest form, by
 * a "courier" or a "rider", often terse. A request no sender makes (single-message `neverAsked`): with the parcel or
 * the refund told (a notice's story), `scam`. Not a code to follow an account or check a claim's progress (关注,
 * 公众号, 查看进度), nor a code at the counter.
 */
export default defineTactic({
  id: 'extract.scan-for-payout',
  stage: 'extraction',
  description: {
    zh: '说要赔您、退钱给您，却让您扫他发的码：扫码是付钱给对方，收钱从不需要扫对方的码',
    en: 'Says they will compensate or refund you, then has you scan their code: scanning a code pays its owner; receiving money never needs it',
  },
  weight: 40,
  cues: [
    {
      all: [
        // Money TO you: not a bare 赔偿/补偿 (the reader may be the one to pay: "图书遗失，按规定赔偿…请到总服务台扫码").
        ['赔你', '赔给你', '赔您', '赔给您', '理赔', '给你赔付', '给您赔付', '给你补偿', '给您补偿', '补偿你', '补偿您', '赔偿你', '赔偿您',
          '退给你', '退给您', '退你', '退您', '把钱退', '钱退给', '返给你', '返给您', '转给你', '转给您', '打给你', '给你退款', '给您退款', '退款给'],
        ['扫码', '扫我', '扫一下', '扫这个码', '扫二维码', '扫描二维码', '扫描这个', '扫一扫', '扫下这个', '扫下我'],
      ],
      within: 40,
    },
  ],
  unless: [
    '关注', '公众号', '进度', '查看', '查询', '小程序', '官方', '评价', '问卷', '发票', '门口', '柜台', '前台', '窗口', '服务台', '到店', '店内', '当面',
    '骗子', '诈骗', '冒充', '切勿', '不要扫', '别扫', '千万别', '不会让', '不需要扫', '无需扫',
  ],
  // The payer scanning the reader's own collection code (conv17 kind E): src/playbook/zh/payer-scans.ts.
  ordinaryAlso: [PAYER_SCANS],
  guards: ['warning'],
  negatable: true,
  advice: ['refund-never-needs-payment', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '你的快递丢了 赔你 扫码',
      '理赔 扫我码',
      '我加你微信把钱退给你，你扫一下我发的码',
      '外卖洒了我赔你，你先扫我这个码确认一下',
      '包裹破损给您赔付60元，扫一下这个二维码领取',
    ],
    negative: [
      '理赔进度请扫码关注公众号查看',
      '退款已原路退回，扫码评价本次服务',
      '千万别扫陌生人发来的码，说赔你钱的都是骗子',
      '赔偿款已转给你，注意查收',
      '扫码关注官方账号，查看理赔进度',
      '您借阅的图书遗失，按规定赔偿原价，请到总服务台扫码缴纳',
      '押金我退给你，你把收款码发给我，我扫码转给你',
    ],
  },
});
