/**
 * fa12 kind 3 (session 12): stories about others and warnings that name the fake.
 *  - A third person as the one deceived ("我舅妈被那种说中奖要交税的电话骗了三千块" read `scam` 80; "对门王奶奶被人骗了，说是她孙子…
 *    要交保释金，她转了三万"): the scam's asks told in that sentence are their story retold (grammar `victims`, src/playbook/zh/
 *    lexicon.ts; src/match/framing.ts), while a reporting tactic (extract.user-paid) still judges whose loss it is, so the
 *    family's emergency stays urgent ("我妈被骗了3万刚转走", "我表姐被骗了五万，怎么办").
 *  - A news item's written third person made to act (让其, 要求其: grammar `passives`).
 *  - A link a warning names as the fake ("仿冒网站 icbc-vip.top，请勿登录", "如收到 ccb-jf.cc 等链接请直接删除"): no look-alike
 *    sent (LINK_NAMED_FAKE, src/checks/data/lookalike-asks.ts).
 *  - English: a relative "got scammed", then "they told him to…" (grammar `victims` of the English playbook).
 * Both ways: the scam itself, said to the reader, still warns. Our own writing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.ts';

describe('another person\'s loss told as a story is not flagged', () => {
  const stories = [
    '我舅妈被那种说中奖要交税的电话骗了三千块，她一直不好意思说，今天才告诉我们',
    '对门王奶奶被人骗了，说是她孙子在外地被抓了要交保释金，她转了三万',
    '我们院子头那个刘嬢嬢遭骗了，说是她娃儿出车祸了，喊她打钱，她打了两万过去',
    '我同事被冒充领导的骗了，对方让她先转八万到一个对公账户，说是急用',
    '楼下张阿姨被骗了，那人说她的医保卡要冻结，让她把钱转到安全账户',
    '我表哥也被骗了，对方说刷单返佣，让他先垫付了五千块',
    '隔壁李大爷被人骗了，说是中了大奖，要先交两千手续费才能领',
    '我姑姑被骗了，那人冒充快递客服，叫她扫码交了理赔保证金',
    '我室友被网恋对象骗了，对方让她在一个投资平台充值，充了两万',
    '【晚报】一女子在网上租房，对方以“房东在国外”为由让其先转押金，结果钥匙一直没有寄到。',
    '据了解，骗子以退税为由要求其下载一个APP，并让其填写银行卡号和验证码，所幸民警及时劝阻。',
    'My uncle got scammed by someone pretending to be from his bank. They told him to move his savings to a safe account and he lost 20,000 USD.',
    'My neighbour was scammed last week: a man said he was from Amazon and told her to buy gift cards and read him the codes.',
  ];
  for (const text of stories) {
    it(`a story: ${text.slice(0, 50)}`, () => expect(analyze(text).verdict).toBe('safe'));
  }
});

describe('the family\'s own loss now, and the scam said to the reader, still warn', () => {
  const urgent = [
    '我妈被骗了3万刚转走',
    '我表姐被骗了五万，怎么办，钱还能追回',
    '老公被骗了两万，刚转过去，怎么办',
    '我爸刚被冒充客服的骗了，他让我爸转到安全账户，现在还在转',
  ];
  for (const text of urgent) {
    it(`the emergency: ${text}`, () => {
      const r = analyze(text);
      expect(r.tactics.map((t) => t.id)).toContain('extract.user-paid');
      expect(r.verdict).toBe('scam');
    });
  }
  const asks = [
    '您的家人被骗子盯上了，请马上把钱转到安全账户，我们帮您保管',
    '您孙子在外地被抓了，要交两万保释金，请转到这个账户',
    '你好，你中了大奖，要先交两千手续费才能领取',
    'Your grandson is in jail and needs bail money. Send 3,000 dollars in gift cards and read me the codes.',
  ];
  for (const text of asks) {
    it(`still asks: ${text.slice(0, 40)}`, () => expect(analyze(text).verdict).not.toBe('safe'));
  }
});

describe('a link a warning names as the fake is no link sent', () => {
  const warnings = [
    '【某某银行】提醒：近期有不法分子仿冒本行网站，请勿登录 abc-bank-cn.top 等陌生网址。',
    '【工商银行】风险提示：近期出现仿冒网站 icbc-vip.top，诱导客户输入卡号密码，请勿登录，谨防诈骗。',
    '【建设银行】提醒您：本行不会通过短信发送链接要求您登录，如收到 ccb-jf.cc 等链接请直接删除。',
    '【农业银行】abc-kb.cc 是钓鱼网站，不是本行网站，请勿点击。',
    '【招商银行】近期有人冒充本行发送 cmb-jifen.top 积分兑换链接，请勿点击，本行积分请在掌上生活APP兑换。',
    '【中国移动】10086-jfdh.cc 并非官方网站，请勿登录，积分兑换请使用中国移动APP。',
  ];
  for (const text of warnings) {
    it(`a warning: ${text.slice(0, 40)}`, () => {
      const r = analyze(text);
      expect(r.tactics.map((t) => t.id)).not.toContain('shift.lookalike-link');
      expect(r.verdict).toBe('safe');
    });
  }
  const sent = [
    '【农业银行】您的K宝证书即将过期，请登录 abc-kb.cc 更新，逾期将无法使用。',
    '【工商银行】您的积分即将清零，请勿错过，登录 icbc-jfdh.top 兑换现金。',
    '【中国移动】尊敬的用户，您的积分可兑换现金，请登录 10086-jfdh.cc 领取，不要错过。',
    '【建设银行】您的账户存在风险，请登录 ccb-safe.top 完成认证，否则将冻结。',
    '【ETC】您的ETC已失效，请登录 etc-gs.top 重新认证，不要耽误通行。',
  ];
  for (const text of sent) {
    it(`a link sent: ${text.slice(0, 40)}`, () => expect(analyze(text).tactics.map((t) => t.id)).toContain('shift.lookalike-link'));
  }
});
