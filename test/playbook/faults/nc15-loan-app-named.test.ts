/**
 * newcomer15 kind 4: a loan app named by its brand, with no borrow verb, after the money is promised back — "你那个面膜的钱
 * 要退给你，你手机里有没有分期乐或者360借条，打开看一下" (safe 0), "…那批面膜用了会烂脸的，我们全额退你还多给你五百，你现在手机上有
 * 个软件叫360贷款导航你打开" (safe 0: 烂脸 and 全额退你 were no story). The sizing-up step of the refund script
 * (extract.finances) now reads a lender asked about or to be opened (act.tell / act.ask-have / act.open × obj.lender)
 * with the refund promised to 你 (ctx.refund-to-you); obj.lender names lenders by the kind of app (贷款导航, 借钱软件); the
 * quality story knows the harm a product does (烂脸, 致癌) and the refund said to 你 (全额退你, 多给你). Our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 4: a loan app named after a refund promise (inputs and siblings)', () => {
  run([
    { name: 'input: 分期乐 or 360借条, open it', input: sms('你那个面膜的钱要退给你，你手机里有没有分期乐或者360借条，打开看一下。'), expect: 'scam', tactics: ['extract.finances'] },
    { name: 'input: 360贷款导航 after 烂脸 and 全额退你', input: sms('姐你别挂，我是那个卖你面膜的店里的，你那批面膜用了会烂脸的，我们全额退你还多给你五百，你现在手机上有个软件叫360贷款导航你打开'), expect: 'scam', tactics: ['pretext.quality-refund'] },
    { name: 'a call, 借呗 opened', input: callerCall('您好我是抖音小店的，您买的口红含激素', '我们全额退您，您打开支付宝借呗看一下'), expect: 'scam' },
    { name: 'the loan software, chat', input: chat('钱要退给你的，你手机上有没有借钱软件？有的话打开给我看看。'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: '安逸花', input: chat('给您退运费的钱，您有没有安逸花或者有钱花？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: '美团借钱, unpunctuated', input: chat('衣服的钱全额退你你看一下美团里有没有美团借钱打开看看'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: '京东金条, elderly', input: chat('阿姨，保健品的钱我们退给您，您手机里京东金条开通了吗？'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'a loan supermarket app', input: chat('我们多给你三百，你把手机里那个贷款超市打开，我教你操作退款。'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'harm story, toxic', input: sms('您好，您买的儿童玩具检测出有毒，我们全额退你，请打开手机里的分期乐，我告诉您怎么领。'), expect: 'scam' },
    { name: '微粒贷', input: chat('奶粉的钱要退给你，你微信里有没有微粒贷，打开一下。'), expect: 'not-safe', tactics: ['extract.finances'] },
    { name: 'the cream burns the face', input: chat('您用的那款面霜会毁容的，我们要退给您钱，您有没有借呗？'), expect: 'scam' },
  ]);
});

describe('kind 4: hard negatives, lenders and refunds in real talk', () => {
  run([
    { name: 'just a question', input: chat('你手机里有没有分期乐？我想买个手机分期。'), expect: 'safe' },
    { name: 'deposit already returned', input: chat('上个月的押金退给你了，你有没有开通花呗？我想借你的分期买电脑。'), expect: 'at-most-suspicious' },
    { name: 'a seller refunds', input: chat('这个商品有问题，我退你钱，你在淘宝上点退款就行。'), expect: 'safe' },
    { name: 'a lender advert', input: sms('【360借条】您有一笔额度待领取，打开360借条APP查看，拒收请回复R。'), expect: 'at-most-suspicious' },
    { name: 'a friend', input: chat('那个借钱软件你打开看看还有没有额度，别借太多了。'), expect: 'safe' },
    { name: 'a bank warning', input: sms('【招商银行】任何自称客服要退给你钱、让你打开借贷软件的都是诈骗。'), expect: 'safe' },
    { name: 'a platform refund notice', input: sms('【美团】您的订单已全额退款，款项将原路退回，美团月付订单退回至月付额度。'), expect: 'safe' },
    { name: 'a husband', input: chat('老婆，双十一的钱我退给你，你花呗还有多少要还？'), expect: 'at-most-suspicious' },
    { name: 'a skin reaction, real shop', input: chat('亲，面膜用了起疹子的话请停用，您在订单页申请退货，我们全额退款。'), expect: 'safe' },
    { name: 'police advice', input: sms('警方提醒：凡是说要全额退你、又让你打开借钱软件的，都是骗子。'), expect: 'safe' },
    { name: 'a colleague', input: chat('出差的钱财务会退给你，你有没有信用卡先垫一下？'), expect: 'at-most-suspicious' },
  ]);
});
