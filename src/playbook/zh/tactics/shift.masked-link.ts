import { defineTactic } from '../../schema.ts';

/**
 * A link the message names but does not show: written as a placeholder after its link word ("请点击链接绑定您的
 * 银行卡：XXX", "点链接绑定收款卡：[链接]", "请点击链接进行开通：URL"). Texts forwarded by victims, screenshots
 * typed out and the public data sets mask links this way, so no checker can call such a link official. Weight 0
 * (a component): a link alone is no move, and a masked one says even less; only the composite
 * `masked-link-asks-verification` reads it, with the phishing ask said beside it (extract.verify-on-link:
 * bind a card, verify, unlock a limit "on the link"). Kind: dev texts-8 冒充客服 half A (微店 交易上限, 绑定银行卡,
 * links as XXX), our own CS SMS (gen-scam-cs-sms3-zh), cs10.
 */
export default defineTactic({
  id: 'shift.masked-link',
  stage: 'shift',
  description: {
    zh: '短信里说有链接，但链接被隐去（XXX、[链接]），无法核实是不是官方网址',
    en: 'The message names a link but hides it (XXX, [link]): nobody can check it is an official site',
  },
  weight: 0,
  role: 'component',
  // The score's frame, not evidence for the text model (which never saw it in training).
  scoreOnly: true,
  cues: [
    {
      all: [
        ['链接', '网址', '网站', '网页', '地址', 'link'],
        // ASCII terms match whole words only, so each length of an x-run is its own term.
        [...Array.from({ length: 10 }, (_, i) => 'x'.repeat(i + 3)), '[链接]', '【链接】', '(链接)', '（链接）', '[网址]', '【网址】', '[link]', 'url'],
      ],
      within: 12,
      ordered: true,
    },
  ],
  unless: [],
  guards: [],
  examples: {
    positive: [
      '请点击链接绑定您的银行卡：XXX。',
      '点链接绑定收款卡：[链接] 尽快哦',
      '请您点击链接进行开通：URL，感谢配合',
      '您的账户提现额度受限，点链接解除：【链接】',
      '请点击以下网址完成认证 xxxxxxxx',
      '请您点击链接进行操作：XXXXXXX。',
    ],
    negative: [
      '请点击 http://x-y.top/a 完成认证',
      '原价XXX元，现价99元',
      '详情请打开官方APP查看',
      '我把链接发你微信了',
      '请到网点办理',
    ],
  },
});
