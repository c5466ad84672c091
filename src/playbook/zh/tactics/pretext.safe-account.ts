import { defineTactic } from '../../schema.ts';

/**
 * The "safe account" named as where the money goes (ncrecall17 kind 4: "请把钱转到安全账户" read suspicious 45, "您的资金存在风险，
 * 请立即转入安全账户" 69): no police office, bank or platform has one (公安机关没有安全账户), so the destination IS the story — the
 * fake police's or the fake bank's "your money is at risk, move it to safety". A story cue (weight 10) so that, with the
 * transfer asked (extract.transfer), one message pairs its story and its ask (src/playbook/single-message.ts: a pretext not
 * under `notices`) and the composite safe-account-plus-transfer (../ncrecall17-kinds.ts) makes it scam. A warning, a
 * retelling ("所谓的安全账户", "差点", "没有安全账户") or a question about it says nothing asked. Our own writing.
 */
export default defineTactic({
  id: 'pretext.safe-account',
  stage: 'pretext',
  description: {
    zh: '说要把钱转到“安全账户”“资金监管账户”“清查账户”保管：公安、银行、平台都没有这种账户',
    en: 'Says the money must go to a "safe account", a "supervision account" or an "audit account" for safekeeping: no police, bank or platform has one',
  },
  weight: 10,
  cues: [
    {
      any: [
        // Not 监管账户: a home's pre-sale escrow is a real one ("购房款请存入资金监管账户", "预售资金已转入监管账户").
        '安全账户', '安全帐户', '安全账号', '安全帐号', '国家安全账户', '资金安全账户', '资金保护账户',
        '清查账户', '核查账户', '国家账户', '公安账户', '公检法账户', '备案账户', '保全账户',
      ],
    },
  ],
  unless: [
    '所谓', '差点', '险些', '没有安全账户', '没有什么安全账户', '不存在', '骗', '诈骗', '警惕', '凡是', '都是', '从来不', '不会让', '拦住', '拦截',
    '是什么', '是真的吗', '吗', '？', '?', '听说', '新闻',
  ],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '请把钱转到安全账户',
      '您的资金存在风险，请立即转入安全账户',
      '马上把卡里的钱转到我们指定的安全账户，由公安保管',
      '为配合调查，您名下的存款需要转入公安账户',
      '您把余额转到清查账户，核查完毕后原路退回',
    ],
    negative: [
      '公安机关没有安全账户，凡是让你转到安全账户的都是诈骗',
      '我妈差点把钱转到所谓的安全账户，幸好银行拦住了',
      '安全账户是什么意思？',
      '请设置一个安全的账户密码',
      '您的账户安全等级已提升',
    ],
  },
});
