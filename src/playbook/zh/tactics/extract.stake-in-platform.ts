import { defineTactic } from '../../schema.ts';
import { DEPOSIT_WORDS } from '../deposit-word.ts';

/**
 * Money put into "this platform" (你先充值五万到这个平台, 入金到平台账户): weak alone (weight 15: a
 * game or a wallet top-up says it too); with an online lover's talk of trading or a promised monthly
 * return the composite `romance-or-return-plus-stake` makes it a scam.
 */
export default defineTactic({
  id: 'extract.stake-in-platform',
  stage: 'extraction',
  description: {
    zh: '要您往“这个平台”里充值、入金、投钱',
    en: 'Asks you to top up, deposit or put money into "this platform"',
  },
  weight: 15,
  speaker: 'any',
  cues: [
    // A sum into the platform ("充值五万到这个平台"): a carrier's "在平台上办理充值业务" names no stake.
    { request: { act: ['act.topup', 'act.transfer', 'act.invest'], object: ['obj.platform'] }, context: ['obj.sum'], actor: 'any' },
    { any: [...DEPOSIT_WORDS, '出金', '充值到平台', '充到平台', '转到平台'] },
  ],
  unless: ['话费', '流量', '业务', '充值成功', '已到账', '骗', '不要充值', '别充'],
  guards: ['warning', 'stored-value'],
  advice: ['no-investment-tips', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '你先充值五万到这个平台',
      '入金一万就能开始交易',
      '把五万块转到平台账号上',
      '你先投两万到我们的平台试试',
      '充到平台里就能看到收益',
    ],
    negative: [
      '话费充值成功',
      '这个平台的钱我已经提出来了',
      '别充钱到陌生平台，都是骗子',
      '您可以通过这个平台办理充值业务',
      '平台客服说退款已到账',
    ],
  },
});
