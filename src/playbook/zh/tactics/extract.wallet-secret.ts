import { defineTactic } from '../../schema.ts';

/**
 * A crypto wallet's keys or coins handed over (虚拟货币, issue 8 §1.8): the seed phrase or private key
 * asked for ("助记词发我"), coins moved to an address or "safe wallet" the stranger names, or an
 * approval signed to their contract ("授权给这个合约"). Whoever holds the seed phrase or the approval
 * owns the coins; extraction, weight 45. Written from exchanges' own warnings (never share your
 * seed phrase) and our own writing.
 */
export default defineTactic({
  id: 'extract.wallet-secret',
  stage: 'extraction',
  description: {
    zh: '要您的助记词、私钥，或让您把币转到他给的地址、“安全钱包”，或授权给他的合约',
    en: 'Asks for your seed phrase or private key, or has you move coins to an address or "safe wallet" they give, or approve their contract',
  },
  weight: 45,
  cues: [
    { request: { act: ['act.give', 'act.send', 'act.tell', 'act.type', 'act.fill'], object: ['obj.wallet-secret'] } },
    { request: { act: ['act.transfer', 'act.topup', 'act.send-money', 'act.pay-first'], object: ['obj.wallet-address'] } },
    { request: { act: ['act.authorize'], object: ['obj.wallet-address', 'obj.platform'] }, actor: 'any' },
    { any: ['助记词发我', '私钥发我', '把助记词', '把私钥', '授权给这个合约', '点击授权领取', '连接钱包领取'] },
  ],
  unless: ['不要', '切勿', '请勿', '千万别', '骗子', '诈骗', '永远不会', '不会索要', '自己保管', '妥善保管'],
  guards: ['warning'],
  negatable: true,
  advice: ['never-share-card', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '你把钱包的助记词发给我，我帮你恢复资产',
      '请提供私钥，我们技术人员帮您解冻',
      '你先把币转到这个地址，我帮你做套利',
      '检测到风险，请把USDT转到安全钱包',
      '点击授权领取空投，授权给这个合约就行',
    ],
    negative: [
      '助记词一定要自己保管好，任何人要都不能给',
      '交易所永远不会索要您的私钥',
      '我已经把币转到自己的冷钱包了',
      '充币地址请在APP里复制',
      '不要授权给陌生的合约',
    ],
  },
});
