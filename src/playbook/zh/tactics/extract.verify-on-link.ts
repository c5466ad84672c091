import { defineTactic } from '../../schema.ts';

/**
 * A link to verify, bind, activate or complete your account or card details ("登录 etc-jihuo.cn 进行
 * 认证", "点 etcbd.cc 重新绑定银行卡", "点击 rsj-butie.top 补全银行卡信息"): the phishing page's ask,
 * said next to its link. Weak alone (20: a real provider also says "请登录官网完成实名认证", and an
 * official link fires no shift.link); decisive with a look-alike link (composite
 * lookalike-link-asks-details) or an outside link in a message that names a sender
 * (outside-link-asks-verification). Kind: the newcomer's probes at a1fc6b1 (ETC, 人社局, bank
 * "认证" SMS read 20–65 while `fanzha url` called the same link dangerous).
 */
export default defineTactic({
  id: 'extract.verify-on-link',
  stage: 'extraction',
  description: {
    zh: '让您点链接去认证、绑定、激活或补全银行卡和身份信息：这是钓鱼网站的做法',
    en: 'Sends a link to verify, bind, activate or complete your card or identity details: how a phishing page works',
  },
  weight: 20,
  cues: [
    {
      entity: 'url',
      near: [
        // Not 激活/解冻: carriers' real offers say "点击链接…激活流量包/激活账户" (telecom-fraud-texts-5 dev, 正常短信).
        '认证', '重新认证', '实名认证', '身份验证', '验证身份', '重新绑定', '绑定银行卡', '绑卡', '补全', '补填',
        '完善信息', '完善资料', '更新信息', '更新资料', '银行卡信息', '身份信息',
      ],
      within: 16,
    },
    // The link named but masked or left out ("请点击链接绑定您的银行卡：XXX", "点击链接进行身份验证"): the same ask,
    // the act on the link and the details it wants in one phrase. Kind: dev texts-8 冒充客服 (links written
    // as XXX), our own SMS; not 激活/开通 (carriers' and shops' offers).
    {
      all: [
        ['点击链接', '点链接', '点击下方链接', '点击以下链接', '打开链接', '通过链接', '链接进行', '链接完成', '链接填写'],
        ['绑定银行卡', '绑定您的银行卡', '身份验证', '验证身份', '进行验证', '实名认证', '补全', '补填', '完善银行卡', '填写银行卡', '银行卡信息', '身份信息'],
      ],
      within: 10,
    },
    // A function of your account to unlock on the link ("您的收款权限已关闭，请点击链接开通", "需要开通您的交易上限，
    // 请点击链接进行操作"): the same phishing ask, said as a permission or a limit instead of a card. Kind: dev
    // texts-8 冒充客服 half A (微店 交易上限), the brief's list; reach counted on both dev halves (cs9).
    {
      all: [
        ['点击链接', '点链接', '点击下方链接', '点击以下链接', '打开链接', '通过链接', '链接进行', '链接完成', '链接开通', '点下面的链接', '点击下面的链接'],
        ['交易权限', '收款权限', '提现权限', '交易上限', '收款上限', '提现额度', '交易额度', '收款功能', '提现功能', '快捷收款', '担保交易权限', '大额收款', '解除限制', '开通权限', '权限开通'],
      ],
      within: 20,
    },
  ],
  unless: ['请勿', '切勿', '不要点击', '谨防', '不会发送', '不会通过短信'],
  guards: ['warning'],
  advice: ['check-domain', 'never-share-card'],
  examples: {
    positive: [
      '【ETC服务】您的ETC卡已失效，请及时登录 etc-jihuo.cn 进行认证',
      '您的ETC因系统升级需重新绑定银行卡，点 etcbd.cc 操作',
      '【人社局】您的补贴因信息不完整暂未发放，请点击 rsj-butie.top 补全银行卡信息',
      '您的账户将于今日冻结，请登陆 icbc-renzheng.vip 完成认证',
      '医保卡待认证，请访问 ybj-renzheng.top 完成认证',
      '为了保障您的账户安全，请点击链接绑定您的银行卡：XXX',
      '为了方便您快速获得赔偿，请点击链接进行身份验证',
      '您的收款权限已关闭，请点击链接开通：XXX',
      '我们需要开通您的交易上限，请您点击链接进行操作：XXXXXXX',
    ],
    negative: [
      '请勿点击陌生链接进行所谓的认证',
      '您的快递已到驿站，取件码 6-2-3018',
      '实名认证请到营业厅办理',
      '会议资料见 https://docs.qq.com/xxxx',
      '点击以下链接查看详细教程和激活方法：https://example.com/activation',
      '信用卡提额请在手机银行APP中申请，不要点击短信链接解除限制',
    ],
  },
});
