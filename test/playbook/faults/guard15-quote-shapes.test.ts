/**
 * guard15 kind L3: a warning quoting the scammer's line reads the quoted request as the ask when the quote is not
 * one of the marks the framing knew. Every closing shape of “…” (”。 ”， ”！ ”? ”…… none, a quote spanning sentences)
 * held already (probe: 7 frames x 6 marks x 6 closers x 4 asks, sms and chat: 300 of 2,016 flagged, all of them single
 * quotes); single quotes did not: ‘…’ and ASCII '…' were no quotes at all ("骗子的开场白：‘请把验证码告诉我’。…" suspicious
 * 45, "…说'您下载一下腾讯会议，开个屏幕共享'？这是诈骗。" scam 75). Now src/match/framing.ts quoteMask reads ‘…’ like “…”
 * and an ASCII ' as a quote mark only where it is no apostrophe (not between ASCII letters: "don't", "it's"); and a
 * short quote with no clause mark inside (≤ 4 characters: a button's label or an app's name, "点‘共享屏幕’", "打开“腾讯会议”")
 * is no quoted speech: the ask around it stays the speaker's (with “…” it already read "点“共享屏幕”" 52 where the
 * unquoted text read 100). Left: "回复‘退款’后把收到的验证码发给我们" reads safe with any quote ("回复“退款”后…" too, main
 * alike; unquoted 69): a reply keyword's quote hides the code ask after it, not this kind. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind L3: warnings quoting the scammer in any quote shape stay clean', () => {
  run([
    { name: 'input: ”。 after the quote', input: sms('民警提醒：骗子会说“请把验证码告诉我”。遇到这种情况请挂断。'), expect: 'safe' },
    { name: '‘’ then full stop', input: sms('民警提醒：骗子会说‘请把验证码告诉我’。遇到这种情况请挂断。'), expect: 'safe' },
    { name: '‘’ opening line, a card asked across sentences', input: sms('骗子的开场白：‘您好，我是京东客服。您的商品有质量问题，请把银行卡号和密码发给我’。接下来就会让你转账。请大家注意防范。'), expect: 'safe' },
    { name: 'ASCII single quotes, a meeting app', input: sms("警方提示：有人打电话说'您下载一下腾讯会议，开个屏幕共享'？这是诈骗。"), expect: 'safe' },
    { name: '‘’ then comma, the WeChat move', input: chat('反诈民警说，骗子最常用的一句话是‘加一下我的微信，我给您办理退款’，记住了吗？'), expect: 'safe' },
    { name: '‘’ then exclamation', input: chat('反诈民警说，骗子最常用的一句话是‘请把验证码告诉我’！记住了吗？'), expect: 'safe' },
    { name: 'ASCII quotes with no mark after', input: sms("反诈民警说，骗子最常用的一句话是'您好，我是京东客服。您的商品有质量问题，请把银行卡号和密码发给我'记住了吗？"), expect: 'safe' },
    { name: '凡是说‘…’的', input: sms('注意！凡是说‘您下载一下腾讯会议，开个屏幕共享’……的，都是诈骗。'), expect: 'safe' },
    { name: '「」 then full stop', input: sms('民警提醒：「加一下我的微信，我给您办理退款」。这样的话千万别信。'), expect: 'safe' },
    { name: '『』 spanning two sentences', input: sms('警方提示：有人打电话说『您好，我是京东客服。请把验证码告诉我。』这是诈骗。'), expect: 'safe' },
    { name: '‘’ in a family chat', input: chat('妈，要是有人跟你说‘你的快递丢了，我给你双倍理赔，把银行卡号发我’，那一定是骗子，直接挂。'), expect: 'safe' },
    { name: 'English single quotes', input: sms("Scammers say 'read me the code we sent you'. If you hear this, hang up."), expect: 'safe' },
  ]);
});

describe('kind L3: scams with quotes in them stay flagged', () => {
  run([
    { name: 'a quoted platform name beside a denial', input: sms('我们是‘京东’官方客服，不是骗子，请把您收到的验证码告诉我'), expect: 'not-safe' },
    { name: 'a quoted button, card and password', input: sms("您好，点击'确认退款'按钮后输入银行卡号和密码即可，放心，这不是诈骗"), expect: 'not-safe' },
    { name: 'the warning waved away in quotes', input: chat("别听'反诈'那一套，我是真客服，把验证码发我"), expect: 'not-safe' },
    { name: 'quoted labels of a screen share', input: chat("这不是骗局，您在'腾讯会议'里点'共享屏幕'，我教您操作退款"), expect: 'not-safe' },
    { name: 'the same with curly quotes', input: chat('这不是骗局，您在“腾讯会议”里点“共享屏幕”，我教您操作退款'), expect: 'scam' },
    { name: 'an English agent with apostrophes', input: sms("Hi, it's Amazon support, don't worry, this isn't a scam. Please read me the 6-digit code we sent to verify your refund."), expect: 'not-safe' },
    { name: 'a quoted menu path, then the code', input: chat('不是诈骗哈，您打开支付宝点‘我的’，再点‘设置’，把收到的验证码报给我就能退款'), expect: 'not-safe' },
    { name: 'a quoted word, a transfer', input: sms("您的退款被系统标记为'异常'，不是骗局，请先把500元保证金转到我们的对公账户"), expect: 'not-safe' },
    { name: 'a quoted app, the loan', input: chat('您放心，我们不是骗子，打开‘借呗’把额度借出来转到我给的账户，退款马上原路返回'), expect: 'not-safe' },
    { name: 'a quoted order state, the card asked', input: sms('这不是诈骗短信，您的订单显示‘退款中’，请把银行卡号和密码发给我们核对'), expect: 'not-safe' },
  ]);
});
