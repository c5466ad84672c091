/**
 * newcomer14 kind K1: a scammer who waves the warnings away ("那些防骗视频不用看，把验证码发给我", "别听那些反诈宣传吓唬人，
 * 我真是京东客服…") silenced every rule: the warning word (防骗, 反诈宣传) guarded its sentence, or the whole turn (a turn
 * guard), and the ask after it read as the warning's example: safe 0, no tactic at all. A dismissal of the warning after
 * it (zh grammar `takeovers`: 不用看, 别管, 吓唬人…) gives the floor back to the speaker, in the sentence and in the turn.
 * A real warning never tells the reader to ignore warnings. Only a medium (宣传, 视频, 提示, 提醒, 弹窗, 讲座) right before
 * the dismissal counts: a bare 别信/别理/别管 ends real warnings ('骗子说…，千万别信', '陌生电话别理'), so these stay LEFT
 * (not asserted; still read safe or below): '防骗短信您别管，先把钱转到安全账户。', '反诈宣传那一套不用管，…', '警方提醒那些您不用当真，…',
 * '防骗宣传别信，…'. Every line is our own writing.
 */
import { describe } from 'vitest';
import { sms, chat, runWithAndWithoutModel as run } from './helpers.ts';


describe('kind K1: the warning waved away, then the ask (inputs and siblings)', () => {
  run([
    { name: 'anti-fraud videos, no need to watch', input: sms('那些防骗视频不用看，把验证码发给我，退款马上到。'), expect: 'not-safe' },
    { name: 'publicity only scares people', input: sms('别听那些反诈宣传吓唬人，我真是京东客服，您赶紧把验证码发过来，不然退款就作废了。'), expect: 'not-safe' },
    { name: 'warning calls, do not listen', input: chat('反诈中心打来的电话您别理，先把保证金转到我给您的账户，退款今天就到。'), expect: 'not-safe' },
    { name: 'anti-fraud app popup', input: chat('反诈APP弹窗不用看，那是误报，您继续按我说的把卡号和验证码填进去。'), expect: 'not-safe' },
    { name: 'anti-fraud reminder is just to scare', input: sms('防诈提示都是吓人的，您的理赔款在系统里卡着，回复收到的六位验证码即可到账。'), expect: 'not-safe' },
    { name: 'the bank warning, ignore', input: chat('银行那边防诈提示不用理，您就说是给家人转账，把钱转到我给的账户。'), expect: 'not-safe' },
    { name: 'anti-fraud lecture scares old people', input: chat('阿姨，反诈宣传都是吓唬你们老年人的，您把手机上收到的数字念给我听就行。'), expect: 'not-safe' },
  ]);
});

describe('kind K1: hard negatives, warnings and talk about warnings stay clean', () => {
  run([
    { name: 'police reminder', input: sms('警方提醒：凡是自称客服要您提供验证码、转账到安全账户的，都是诈骗，请立即挂断。'), expect: 'safe' },
    { name: 'publicity, do not ignore', input: sms('【反诈中心】防骗短信请不要忽视：任何让您下载会议软件共享屏幕的“客服”都是骗子。'), expect: 'safe' },
    { name: 'a daughter about videos', input: chat('妈，那些防骗视频你还是多看看，别人让你转账一律别转，有事先打电话问我。'), expect: 'safe' },
    { name: 'publicity planning', input: chat('下周社区反诈宣传活动，需要准备横幅和宣传单，大家把分工报给我。'), expect: 'safe' },
    { name: 'a teacher on the anti-fraud class', input: chat('同学们，反诈宣传课不用记笔记，听完把观后感交给班长就行。'), expect: 'safe' },
    { name: 'a bank reminder', input: sms('【工商银行】防诈提示：如有陌生人自称客服要求您转账或提供验证码，请立即停止操作并拨打96110。'), expect: 'safe' },
    { name: 'a neighbour retelling', input: chat('楼上王姨说她接到个电话，对方叫她别听反诈宣传，还让她报验证码，幸好她直接挂了。'), expect: 'at-most-suspicious' },
    { name: 'news about the trick', input: sms('【晚报】骗子如今会先说“反诈宣传都是吓唬人的”，再索要验证码，民警提醒市民切勿上当。'), expect: 'at-most-suspicious' },
    { name: 'a husband about the popup', input: chat('刚才手机弹出防骗提示，我没理，就是正常给孩子交学费，你别担心。'), expect: 'safe' },
    { name: 'a class group', input: chat('家长们好，学校的防骗宣传视频大家有空看一下，不用回复。'), expect: 'safe' },
    { name: 'community notice', input: sms('【幸福社区】广大市民请注意：反诈宣传进小区活动周六举行，现场不收取任何费用。'), expect: 'safe' },
  ]);
});
