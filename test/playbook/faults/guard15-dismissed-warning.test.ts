/**
 * guard15 kind K1 (newcomer14's inputs left by 0f0a7d7): a scammer's bare dismissal of the anti-fraud advice
 * ("防骗短信您别管，把验证码发我就行", "防骗宣传别信，我是真客服", "反诈宣传那一套不用管，先把钱转过来") read safe 0: the
 * warning word (防骗, 反诈宣传) guarded the sentence or the whole turn, and only an anti-fraud medium with its dismissal
 * RIGHT after it ("宣传不用管") gave the floor back. Now (zh grammar `dismissals`, src/match/match.ts addDismissals) an
 * anti-fraud source and its dismissal in one clause, either order, a few characters apart, give the floor back AFTER the
 * dismissal only: a guard or a turn guard still covers what the sentence said before it, so a warning that ends in its
 * own advice ("骗子说贷款批下来但卡号填错要交解冻费，千万别信") stays the warning's. Not when quoted, when a reporter told
 * it as the scammer's line ("骗子会说反诈宣传都是吓唬人的"), or when a stranger or a fake is what is waved away
 * ("陌生来电别理", "自称反诈中心的电话别信").
 * Left (not asserted): '反诈宣传那一套不用管，先把钱转过来' reads the guard off now (contact.agent-request) but a bare
 * "把钱转过来" with no payee is no money ask of its own (the request grammar's, recall's lane); '防骗宣传别信，我是真客服'
 * asks nothing (safe 0-10). Every line is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { sms, chat, runWithAndWithoutModel as run, why } from './helpers.ts';

describe('kind K1: the warning waved away, then the ask (inputs and siblings)', () => {
  run([
    { name: 'input: anti-fraud SMS, never mind', input: sms('防骗短信您别管，把验证码发我就行'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'input + ask: publicity, do not believe', input: sms('防骗宣传别信，我是真客服，把验证码给我'), expect: 'not-safe' },
    { name: 'card and password after the publicity waved away', input: chat('防骗宣传别信，我是真客服，您把卡号和密码报一下'), expect: 'not-safe' },
    { name: 'deposit to the account I give', input: chat('反诈宣传那一套不用管，您先把保证金转到我给您的账户'), expect: 'not-safe' },
    { name: 'the app prompt, ignore, share the screen', input: chat('反诈APP的提示您别理，直接点继续，把屏幕共享打开'), expect: 'not-safe' },
    { name: 'the popup is a false alarm', input: chat('手机里那个防诈弹窗是误报，您接着把六位验证码念给我'), expect: 'not-safe' },
    { name: 'do not listen to the anti-fraud app, download mine', input: chat('国家反诈中心那个软件不用听它的，下载我发给您的会议软件就行'), expect: 'not-safe' },
    { name: 'dismissal before the source: 别信那些防骗短信', input: chat('别信那些防骗短信，您把银行卡背面三位数报给我，理赔马上到账'), expect: 'not-safe' },
    { name: 'the police officer calling, never mind', input: chat('反诈民警打电话您别管，那是例行公事，先把贷款额度借出来转给我们'), expect: 'not-safe' },
    { name: 'the lecture only scares old people', input: chat('防骗讲座说的那些都是吓唬老年人的，您把验证码告诉我就行'), expect: 'not-safe' },
    { name: 'the bank risk prompt, say it is family', input: chat('银行风险提示不用管，您就说是给亲戚转账，把钱转到我发的账户'), expect: 'not-safe' },
    { name: '甭管 before the source, a card on a link', input: chat('甭管那些防骗宣传，点我发的链接填一下银行卡号'), expect: 'not-safe' },
    { name: '96110 calling, do not answer', input: sms('96110打来您不用理，我们是京东官方，请提供您收到的验证码'), expect: 'not-safe' },
    { name: 'the reminders, scan my code', input: chat('不用管那些反诈提醒，先扫我发的二维码付款，退款马上原路返回'), expect: 'not-safe' },
    { name: 'a turn guard waved away (警方提醒)', input: sms('警方提醒那些您不用当真，回复收到的验证码即可到账'), expect: 'not-safe' },
    { name: 'do not believe the publicity, send the code', input: sms('不要相信防骗宣传，您把收到的验证码发我'), expect: 'not-safe' },
  ]);
});

describe('kind K1: hard negatives, warnings that wave the scammer away stay clean', () => {
  run([
    { name: 'the dismissal quoted in a police reminder', input: sms('民警提醒：骗子会说“防骗短信您别管，把验证码发我就行”，遇到这种话立即挂断。'), expect: 'safe' },
    { name: 'strangers waved away', input: sms('反诈中心提醒您：陌生来电别理，不要把验证码告诉任何人。'), expect: 'safe' },
    { name: 'do not believe part-time jobs', input: sms('反诈提醒大家不要相信网上兼职刷单，先交钱的都是骗子。'), expect: 'safe' },
    { name: 'a fake centre waved away', input: sms('自称反诈中心的电话别信，真正的民警不会让您转账到安全账户。'), expect: 'safe' },
    { name: 'a daughter: do not shrug off the SMS', input: chat('妈，那些防骗短信你可别不当回事，谁让你转账都先问我。'), expect: 'safe' },
    { name: 'the app needs no looking after', input: chat('反诈APP装好就不用管了，有可疑来电它会自动提醒你。'), expect: 'safe' },
    { name: 'the scammer\'s line quoted, then the ask retold', input: sms('骗子常说“反诈宣传都是吓唬人的”，然后让你把验证码告诉他，千万别上当。'), expect: 'safe' },
    { name: 'a bulletin not to ignore', input: sms('【反诈中心】防骗短信请勿忽略：凡是要求您下载会议软件、共享屏幕的“客服”都是骗子。'), expect: 'safe' },
    { name: 'school: the materials need not be returned', input: chat('各位家长：反诈宣传材料不用交回，请和孩子一起看完即可。'), expect: 'safe' },
    { name: 'do not ignore the warning call', input: sms('收到反诈预警电话不要不理，民警是来提醒你的，千万别给对方转账。'), expect: 'safe' },
    { name: 'news: a scammer told the old woman to ignore publicity', input: sms('有骗子让老人别信反诈宣传，还让她把存款转到所谓安全账户，幸好银行柜员及时劝阻。'), expect: 'safe' },
    { name: 'a son: take the bank prompt seriously', input: chat('爸，银行的风险提示别不当回事，给陌生人转账前一定先打电话问我。'), expect: 'safe' },
    { name: 'the trick described in the conditional', input: sms('如果有人跟你说反诈宣传别信，让你把钱转到他给的账户，那他一定是骗子。'), expect: 'safe' },
    { name: 'the trick reported', input: sms('骗子往往先说防骗短信不用管，再让你下载会议软件共享屏幕，请大家提高警惕。'), expect: 'safe' },
    { name: 'the dismissal asked and refused', input: chat('防骗宣传别信？那可不行，上周我们小区就有人被骗走两万。'), expect: 'safe' },
  ]);
});

describe('kind K1: a takeover frees only what comes after it', () => {
  it('a warning ending in its own advice keeps the loan-held pretext quiet', () => {
    const r = analyze('骗子说贷款批下来但卡号填错要交解冻费，千万别信');
    expect(r.tactics.map((t) => t.id), why(r)).not.toContain('pretext.loan-held');
  });
  it('a police reminder whose last clause is waved away keeps its examples', () => {
    const r = analyze(sms('警方提醒：凡是让您把验证码发过去的都是骗子，那些说反诈宣传不用管的更要当心。'));
    expect(r.verdict, why(r)).toBe('safe');
  });
});

/**
 * guard15 kind K1b: the hearsay about scams waved away ("网上说的那些都是骗子，我们是正规平台，您下载一下会议软件我教您退款",
 * newcomer14's fourth K1 input "不要相信网上说的那些，我是真的淘宝客服，…下载会议软件" left at safe 0): the relayed words
 * (网上说, 大家都说, 新闻上说) made every request after them in the sentence relayed, and only a contrast word (但, 但是)
 * took the floor back. A takeover after them (我们是正规, 我是真的, 我们可不一样: src/match/framing.ts takeoverAfterRelayed)
 * now does too, for what comes after it.
 */
describe('kind K1b: hearsay waved away, then the ask', () => {
  run([
    { name: 'input: the web says, we are a proper platform', input: chat('网上说的那些都是骗子，我们是正规平台，您下载一下会议软件我教您退款'), expect: 'not-safe' },
    { name: 'newcomer14 input: do not believe what the web says', input: chat('不要相信网上说的那些，我是真的淘宝客服，您下载一下会议软件共享屏幕'), expect: 'not-safe' },
    { name: 'everyone says scam, we are different, read the code', input: chat('大家都说那是骗子，我们可不一样，您把收到的验证码念给我就行'), expect: 'not-safe' },
    { name: 'the web says impostors, add my WeChat', input: chat('网上说冒充客服的都是骗子，我们是官方售后，您加一下我的微信我给您退款'), expect: 'not-safe' },
    { name: 'the news says, fill in the card on my link', input: chat('新闻上说的那些都是骗子，我们是正规的，您点我发的链接填一下银行卡号'), expect: 'not-safe' },
    { name: 'friends\' posts say fraud, a deposit', input: chat('朋友圈都在说这是诈骗，我是真的客服，您先转500元保证金'), expect: 'not-safe' },
    { name: 'heard it is a scam, the loan to a company account', input: chat('听人说这种电话是骗子，但我们这边是京东金融，您把借呗额度借出来转到对公账户'), expect: 'scam' },
  ]);
});

describe('kind K1b: hearsay retold or answered with the platform\'s own way stays clean', () => {
  run([
    { name: 'the web says, the calls went unanswered', input: chat('网上都在说这种电话是骗子，他们说要我下载会议软件共享屏幕，我没理'), expect: 'safe' },
    { name: 'a shop: refunds go back the original way', input: chat('网上说有人冒充客服骗钱，我们是正规店铺，退款会原路退回，不需要您提供任何信息'), expect: 'safe' },
    { name: 'a company never asks that', input: chat('新闻里说骗子会让人共享屏幕，我们公司是正规的，从来不会这样要求客户'), expect: 'safe' },
    { name: 'apply for the refund in the app', input: chat('群里都在说那个三倍赔偿的电话是骗子，我们是正规客服，请您在淘宝APP里申请退款就行'), expect: 'safe' },
    { name: 'a bank: come to the counter', input: chat('有人说我们是骗子，但我们是正规银行，请到柜台办理'), expect: 'safe' },
    { name: 'a job ad: no fee', input: chat('大家都说网上兼职是骗子，我们可不一样，入职不收任何费用'), expect: 'safe' },
    { name: 'heard of impostors, we would never', input: chat('我听人说有骗子冒充客服让人下载会议软件，我们是正规平台不会这样'), expect: 'safe' },
  ]);
});
