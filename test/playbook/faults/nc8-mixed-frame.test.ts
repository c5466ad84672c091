/**
 * newcomer8 kind 4: a Chinese retelling or warning with the scam's lines in English ("我接到个电话说是
 * Amazon customer service要给我refund，让我下载AnyDesk，我直接挂了，肯定是scam，你们也小心") read scam 75
 * although the all-Chinese version is safe: the English playbook found "customer service", "refund",
 * "AnyDesk" and knew nothing of the Chinese frame around them. The frame either language reads (a
 * retelling, a warning, a quote) now holds for the cues the other playbook finds in the same turn
 * (src/match/match.ts examplesIn, src/pipeline/step.ts). A mixed-language scam said to the reader is
 * still read by both. The first input is the newcomer's; the rest our own writing.
 */
import { describe, it } from 'vitest';
import { chat, runCase, sms, type FaultCase } from './helpers.ts';

const FRAMED: FaultCase[] = [
  // The newcomer's.
  { name: 'an Amazon refund call retold, hung up, "it is a scam"', expect: 'safe',
    input: chat('我接到个电话说是Amazon customer service要给我refund，让我下载AnyDesk，我直接挂了，肯定是scam，你们也小心') },
  // Our own.
  { name: 'PayPal support wanted the code, ignored and blocked', expect: 'at-most-suspicious',
    input: chat('昨天有人打电话说是PayPal support，说我的account被limited，让我提供verification code，我没理他，直接拉黑了') },
  { name: 'Apple wanted a screen share, hung up, take care', expect: 'at-most-suspicious',
    input: chat('刚刚接到电话说是Apple客服，要我share screen，我直接挂了，大家小心') },
  { name: 'to mum: whoever says Amazon refund and TeamViewer is a scammer', expect: 'at-most-suspicious',
    input: chat('妈，那种说是Amazon refund department让你下载TeamViewer的，都是骗子，直接挂') },
  { name: 'a colleague\'s FedEx call retold, she ignored it', expect: 'at-most-suspicious',
    input: chat('我同事接到个电话说FedEx包裹lost了要赔她，让她give bank card number，她没理，还好没上当') },
  { name: 'the script quoted in English inside a Chinese warning', expect: 'safe',
    input: chat('骗子常说“this is Amazon customer service, we will refund you, please install AnyDesk”，千万别信') },
  { name: 'police: self-styled Microsoft support asking a remote download is a scam', expect: 'at-most-suspicious',
    input: chat('警方提示：凡是自称Microsoft tech support要你download remote software的，都是诈骗') },
  { name: 'a friend\'s eBay call asking gift cards, she hung up', expect: 'at-most-suspicious',
    input: chat('朋友说有个电话说是eBay客服，要refund给她，让她send gift cards，她觉得不对就直接挂了') },
  { name: 'hearsay: the Shopee refund caller is a scammer', expect: 'at-most-suspicious',
    input: chat('网上都在说那个自称Shopee客服要给refund的电话是骗子，让人download app的别理') },
  { name: 'dad\'s Amazon Prime charge call, he hung up', expect: 'at-most-suspicious',
    input: chat('我爸接到个电话说他的Amazon Prime要扣费，让他下载AnyDesk取消，幸好他直接挂了') },
];

const SAID_TO_THE_READER: FaultCase[] = [
  { name: 'Amazon customer service, refund, install AnyDesk', expect: 'scam',
    input: sms('我是Amazon customer service，要给你refund，请下载AnyDesk，我帮你操作') },
  { name: 'PayPal support, account limited, the verification code', expect: 'not-safe',
    input: sms('您好，这里是PayPal support，您的account被limited，请提供verification code解封') },
  { name: 'Taobao refund failed, click and fill in card and password', expect: 'not-safe',
    input: sms('Dear customer，您的Taobao退款失败，please click http://tb-refund.top 填写银行卡和密码') },
  { name: '"do not trust scammers, I am the real Amazon agent", AnyDesk', expect: 'not-safe',
    input: sms('不要相信骗子，我是真的Amazon customer service，请download AnyDesk给你办refund') },
  { name: 'eBay agent: refund ready, send card number and CVV', expect: 'not-safe',
    input: sms('这边是eBay客服，your refund is ready，请把card number和CVV发给我') },
];

describe('newcomer8 kind 4: a mixed-language retelling or warning keeps its frame for both playbooks', () => {
  for (const c of FRAMED) it(c.name, () => { runCase(c); });
});

describe('newcomer8 kind 4: a mixed-language scam said to the reader is still read', () => {
  for (const c of SAID_TO_THE_READER) it(c.name, () => { runCase(c); });
});
