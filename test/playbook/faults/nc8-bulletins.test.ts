/**
 * newcomer8 kind 5: third-person police bulletins and news read scam 100 or safe 0 depending on the
 * wording. Decided in principle (issue 8 §1.5): a bulletin that retells a case is a warning, not a
 * scam to its reader. In a turn with a case report's frame (通报, 以案说法, 受害人, 被骗, 报警…), once the
 * case's third person is named ("刘女士", "事主林某", "一名中年男子": grammar `caseSubjects`; not a
 * salutation, not after the reader was addressed), a cue in a sentence that speaks to nobody present (no
 * 你/您, no 我 but 我市) is the case retold (src/match/framing.ts). A victim's own report (我…被骗了3万)
 * is the reader's emergency: `scam`, 110/96110 and 止付 first ("今年3月份…我就这样被骗了3万" read safe 0:
 * the loss after "他叫我…" was taken for relayed words; the speaker as the one who lost, "我就这样", "我被",
 * now takes the report back). The first four inputs are the newcomer's; the rest our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { chat, runCase, sms, why, type FaultCase } from './helpers.ts';

const BULLETINS: FaultCase[] = [
  // The newcomer's.
  { name: 'police bulletin: Ms Liu, a meeting app and a screen share', expect: 'safe',
    input: chat('【警方通报】11月20日，家住城关镇的刘女士接到一名自称“淘宝客服”的电话，对方准确说出其订单信息，称其购买的面霜含有违禁成分需退款赔偿。刘女士按对方要求下载某会议软件并开启屏幕共享，随后其银行卡内3.6万元被转走。') },
  { name: 'a case explained: Aunt Sun moved her savings to a "safe account"', expect: 'safe',
    input: chat('【以案说法】2026年10月，退休教师孙阿姨接到“抖音客服”来电，对方称其误开通了抖音百万保障，每月将扣费500元。孙阿姨按对方指示将两张银行卡中的存款转入所谓“安全账户”，共计损失12万元。') },
  { name: 'the victim Lin reported a transfer to a named account', expect: 'safe',
    input: chat('事主林某报称，其于11月28日14时许接到一个陌生来电，对方自称“支付宝客服”，称林某开通的“百万保障”服务即将扣费，需取消。林某按对方提示操作，将支付宝余额及银行卡内共计3.1万元转至对方指定账户。') },
  { name: 'a man reported at the police station, card, ID and code given', expect: 'safe',
    input: chat('一名中年男子到派出所报案，称接到自称是“京东客服”的人来电，说他购买的电动牙刷涉及质量问题，要退他三倍货款，并让他提供了银行卡号、身份证号和手机验证码。随后他的银行卡被转走了3.2万元。') },
  // Our own.
  { name: 'bulletin: Ms Zhang, double compensation, screen share', expect: 'safe',
    input: chat('【警方通报】近日，市民张女士接到自称“京东客服”的电话，称其购买的奶粉有质量问题要双倍赔偿。张女士按对方要求下载会议软件并开启屏幕共享，卡内2万元被转走。') },
  { name: 'news: a student scanned into a group and transferred', expect: 'safe',
    input: chat('据报道，一名大学生接到冒充“快递理赔员”的电话，对方让其扫码进群，并以“刷流水”为由让其转账8000元，该生被骗。') },
  { name: 'a case explained: retiree Li and the insurance to cancel', expect: 'safe',
    input: chat('以案说法：退休职工李某接到“客服”来电，称其误开通了百万保障，需要关闭，李某按对方指示将存款转入“安全账户”，共计损失6万元。') },
  { name: 'victim Ms Wang gave card and code for triple compensation', expect: 'safe',
    input: chat('受害人王女士在网上买了一双鞋，随后接到自称商家的电话，称要给她三倍理赔，让她提供银行卡号和验证码，王女士照做后被骗1.2万元。') },
  { name: 'the victim Chen borrowed on Jiebei and transferred', expect: 'safe',
    input: chat('事主陈某报称，其接到自称“抖音客服”的电话，对方称其开通的直播会员将每月扣费，陈某按对方要求在借呗借款3万元后转入对方账户。') },
  { name: 'a case: Mr Liu clicked a link and filled in his card and password', expect: 'safe',
    input: chat('案例：市民刘先生接到短信称其快递丢失，点击链接后填写了银行卡号和密码，随后卡内5000元被盗刷。') },
  { name: 'a police report: resident Zhao borrowed to "raise his credit"', expect: 'safe',
    input: chat('警情通报：辖区居民赵某接到冒充“拼多多客服”的电话，对方以“信用分不足无法退款”为由，诱导其在网贷平台借款2万元转入指定账户，后发现被骗报警。') },
];

const THE_READERS: FaultCase[] = [
  { name: 'a victim\'s own report in the first person', expect: 'scam',
    input: chat('今年3月份，我在抖音买了一盒减肥茶，后来有个电话说是抖音官方，说我买的茶叶检测出禁用成分，要赔偿我。他叫我加一个企业微信，进去以后有个“理赔专员”让我开通“数字人民币钱包”，把钱转进去再转出来说是验证，我就这样被骗了3万。') },
  { name: 'I was cheated, money taken after a screen share', expect: 'scam',
    input: chat('我被骗了，刚才有人冒充京东客服让我开了屏幕共享，我的卡里被转走了2万，怎么办') },
  { name: 'my mother was cheated this afternoon', expect: 'scam',
    input: chat('我妈今天下午被骗了，有人打电话说她在京东买的保健品是假货，要给她退货退款，让她开了屏幕共享，还说了验证码，卡里两万多块被转走了。') },
  { name: 'a salutation to Ms Wang, then the code', expect: 'scam',
    input: sms('王女士您好，我是京东客服，您购买的奶粉有质量问题，请把验证码发给我办理退款') },
  { name: 'Mr Li addressed, triple compensation, a screen share', expect: 'not-safe',
    input: sms('李先生，您好，这里是淘宝理赔中心，您的快递丢失，请下载会议软件开启屏幕共享领取三倍赔偿') },
  { name: 'a fake police officer addressing Mr Zhang, a safe account', expect: 'not-safe',
    input: chat('您好，是张先生吗？我们是公安局，您的银行卡涉嫌诈骗案件，请配合调查，把钱转到安全账户') },
  { name: 'a fake officer: Mr Li, keep it secret, the case', expect: 'not-safe',
    input: chat('李先生，这个涉案资金要核查，需要把钱转到安全账户，这件事不要告诉任何人') },
];

describe('newcomer8 kind 5: a third-person bulletin or news story is not its reader\'s scam', () => {
  for (const c of BULLETINS) it(c.name, () => { runCase(c); });
});

describe('newcomer8 kind 5: the reader\'s own case, or words said to the reader, stay read', () => {
  for (const c of THE_READERS) {
    it(c.name, () => {
      const r = runCase(c);
      if (c.expect === 'scam' && r.tactics.some((t) => t.id === 'extract.user-paid')) {
        expect(r.advice[0] ?? '', why(r)).toMatch(/110.*96110.*止付/);
      }
    });
  }
  it('the first-person report gets 110/96110 and 止付 first', () => {
    const r = analyze(THE_READERS[0]!.input);
    expect(r.advice[0] ?? '', why(r)).toMatch(/110.*96110.*止付/);
  });
});
