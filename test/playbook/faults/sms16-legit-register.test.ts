/**
 * sms16 (session 16): legitimate SMS in the registers of the real normal-SMS source that nobody here had written (carriers'
 * own prompts and their LLM rewrites with placeholders DIGIT / URL / PLACE, x-masked old adverts), read as asks; each fixed
 * as a KIND. The first line of each safe list is the input found in data/corpus/gen-sms16-legit-sms-zh.jsonl; the rest are
 * siblings written here; each kind has scam twins in the same words that must stay flagged. With the model and without.
 *  - kind A: a phone line's service password typed at the carrier's own login ("登录掌上营业厅，输入手机号+服务密码即可领取
 *    流量"), or a command texted to the carrier's own short number ("发送“MMXG 原密码 新密码”到10086"): own-page.ts
 *    SERVICE_PASSWORD (a noun of the grammar) and CARRIER_COMMAND; handed to a person it is still asked (SERVICE_PASSWORD_HANDED);
 *  - kind B: a code DELIVERED with its digits masked ("验证码DIGIT，请在挂号页面输入", "验证码xxxxxx"): extract.verification-code
 *    CODE_DELIVERED_MASKED, as the printed digits were.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms16 kind A: the carrier\'s service password typed at its own login, a command to its own number', () => {
  runWithAndWithoutModel([
    ...safe('own login', [
      '尊敬的用户，感谢您一直以来对PLACE移动的支持！即日起登录网上营业厅，输入手机号码和服务密码即可查询话费账单并领取DIGIT元话费券，详情点击URL。',
      '尊敬的客户，为保障您的账户安全，请定期修改服务密码。修改方式：发送“MMXG 原密码 新密码”到10086，或登录掌上营业厅修改。',
      '亲爱的用户，登录掌上营业厅APP，输入手机号+服务密码即可领取2GB流量，回复TD退订。',
      '尊敬的客户，输入您的手机号码及服务密码即可登录网上营业厅办理业务。',
      '尊敬的用户，请点击链接URL，输入手机号码和服务密码登录，领取DIGIT元话费。',
      '【中国联通】尊敬的用户，使用手机号+服务密码登录联通APP，即可查询本月账单和剩余流量。',
      '尊敬的用户，发送“CZMM 身份证号码 新密码”到10086即可重置服务密码。',
      '【中国电信】您可登录电信营业厅，输入手机号和服务密码后在“我的”中查看积分并兑换礼品。',
      '尊敬的客户，宽带续费可登录网上营业厅，用手机号码和服务密码登录后在线办理。',
      '亲爱的用户，xx月xx日前登录掌上营业厅，输入手机号码和服务密码，即可参加充值抽奖。',
      '【中国移动】编辑短信“MMCZ 身份证号码 新密码”发送至10086即可重置服务密码，请妥善保管。',
      '尊敬的客户，您可以发送“YE”到10010查询余额，或输入手机号和服务密码登录网上营业厅查询。',
    ]),
    ...caught('handed on or with a card', [
      '请把您的服务密码告诉我，我帮您在后台办理话费返还。',
      '请提供您的手机号和服务密码，我们为您办理积分兑换。',
      '请把手机号和服务密码发给客服，客服帮您兑换积分。',
      '尊敬的用户，请点击链接URL，输入手机号码和服务密码登录，再填写银行卡号领取DIGIT元话费。',
      '【移动客服】您的手机卡被他人冒用办理了高额套餐，需要注销，请把服务密码和收到的验证码发给我们核实身份。',
      '我是营业厅的，您的服务密码报一下，我帮您把积分换成现金。',
      '您好，积分兑换需要核实机主身份，请把服务密码回复给本号码。',
      '【中国移动】您的积分即将清零，请点击 http://10086-jf.top 登录并填写银行卡号、密码兑换现金。',
      '尊敬的用户，积分兑换现金请登录 jf10086.vip，用手机号+服务密码登录后输入银行卡号和取款密码。',
      '麻烦把您的服务密码发我一下，我在系统里帮您取消扣费。',
      '您好，我是联通客服，请告知您的服务密码，我为您办理套餐降档。',
    ]),
  ]);
});

describe('sms16 kind B: a code delivered with its digits masked is no ask', () => {
  runWithAndWithoutModel([
    ...safe('delivered', [
      '【PLACE医院】您正在注册预约挂号平台，验证码DIGIT，请在挂号页面输入，工作人员不会索要验证码。',
      '亲爱的用户，您的验证码DIGIT，请填入注册页面，完成后即可领取新人红包。',
      '【xx】验证码xxxxxx，请在页面输入完成注册。',
      '您的动态码DIGIT，请在支付页面输入，切记不要告诉他人。',
      '尊敬的客户，您正在修改密码，验证码DIGIT，请在页面输入。',
      '验证码DIGIT，请输入验证码完成身份验证。',
      '【xx商城】您的校验码xxxx，请在注册页面填写，x分钟内有效。',
      '【PLACE银行】您正在绑定银行卡，动态码DIGIT，请在绑卡页面输入。',
      '您的短信验证码[验证码]，请在登录页面输入，感谢您的使用。',
      '【xx快递】您的确认码xxxxxx，请在寄件页面输入完成下单。',
      '亲，您的验证码DIGIT，请填写到活动页面领取优惠券，有效期5分钟。',
    ]),
    ...caught('asked', [
      '请回复您收到的验证码以领取DIGIT元优惠。',
      '尊敬的用户，为确认您的身份，请回复短信验证码，我们将为您发放DIGIT元优惠券。',
      '您好，我是快递员，您的包裹需要核实身份，请把刚收到的验证码回复给我。',
      '您的退款需要验证，请把手机收到的验证码告诉客服。',
      '【淘宝客服】退款请点击 http://tb-refund.top 填写收到的验证码。',
      '您好，验证码发过来我给您核实退款。',
      '请将收到的验证码回复至本号码，我们帮您拦截盗刷。',
      '亲，您的优惠券需要激活，请把手机收到的验证码直接回复到本号码。',
      '您的账户已冻结，请回复短信验证码解冻。',
      '我是支付宝客服，您的账户有风险，需要把收到的验证码读给我。',
    ]),
  ]);
});

describe('sms16 kind D: the reader\'s own login named by its phone number and password', () => {
  runWithAndWithoutModel([
    ...safe('own login', [
      '亲爱的会员，扫码领取优惠券，登录后输入您的手机号和密码即可领取DIGIT元话费券。',
      '亲爱的用户，登录时请输入您的手机号及密码，登录成功后即可参与抽奖。',
      '尊敬的用户，请点击URL，输入手机号和密码登录，即可领取DIGIT元优惠券。',
      '尊敬的会员，请输入您的注册手机号和登录密码，即可查询积分。',
      '亲爱的用户，下载APP后用手机号+密码登录，首单立减DIGIT元。',
      '【xx图书馆】您的读者账号已开通，请用手机号和密码登录官网续借图书。',
      '尊敬的学员，网课平台已开通，请使用报名手机号和密码登录学习，初始密码为身份证后六位。',
      '亲爱的顾客，会员系统已升级，老会员请用手机号与密码登录小程序，积分不变。',
      '【PLACE影城】会员日到啦！登录影城APP（手机号+密码）即可领取DIGIT元观影券。',
      '尊敬的用户，您的PLACE云账号已注册成功，请牢记手机号和登录密码，勿向他人透露。',
      '亲爱的家长，家校平台登录方式：手机号码和密码，首次登录请修改初始密码。',
    ]),
    ...caught('handed on or a payment password', [
      '请把您的手机号和密码发给我，我帮您领取优惠券。',
      '您好，请提供您的手机号和登录密码，客服帮您办理退款。',
      '请在链接里输入手机号和支付密码完成验证。',
      '请登录 jd-vip.top 输入手机号和密码领取DIGIT元优惠券。',
      '请点击 tb-hongbao.top，输入手机号和密码登录后填写银行卡号领取红包。',
      '亲，把您的手机号和密码告诉我，我帮您刷单返现。',
      '您好，我是淘宝客服，请把注册手机号和登录密码发过来，我帮您取消会员扣费。',
      '请将手机号及密码回复至本号码，我们为您发放奖品。',
      '请输入手机号和银行卡密码完成退款验证。',
      '账号异常，请提供手机号与密码，我们帮您解冻。',
    ]),
  ]);
});

describe('sms16 kind E: a card or a system that holds no money, by its number or password', () => {
  runWithAndWithoutModel([
    ...safe('no money', [
      '您好！PLACE医院检验科提醒您：您DIGIT月DIGIT日的体检报告已出，请登录医院公众号“报告查询”栏目，输入就诊卡号和验证码即可查看。',
      '李哥 那个服务器密码你发我私聊吧 别发群里',
      '【xx医院】预约挂号请在小程序输入就诊卡号和姓名，就诊当日凭就诊卡取号。',
      '【xx图书馆】续借请登录图书馆官网，输入借书证号和密码即可办理。',
      '亲爱的同学，校园卡充值请在官方缴费平台输入校园卡号，充值即时到账。',
      '小张，测试环境的账号密码发我一下，我跑一下用例。',
      '同学，你的饭卡号报一下，我帮你在食堂系统里补登记。',
      '【xx医院】检查结果查询：关注医院公众号，填写就诊卡号即可查看。',
      '王工，数据库密码改了，新的发你邮箱了。',
      '【PLACE小区】新门禁卡已制作，请在物业小程序输入门禁卡号激活。',
      '亲，健身卡号发我一下，帮你约明早的私教课。',
    ]),
    ...caught('money cards', [
      '请提供您的银行卡号和验证码完成退款。',
      '请把医保卡号和密码告诉我，我帮您解除异常。',
      '请输入就诊卡号和银行卡号完成缴费退款。',
      '您的社保卡需要激活，请提供社保卡号和密码。',
      '请把一卡通卡号和取款密码发给我。',
      '您好，退款需要您把支付宝账号和支付密码发给我。',
      '请把你的信用卡卡号、有效期和背面三位数报给我。',
      '请登录 yiyuan-tuifei.top 填写就诊卡号、银行卡号和密码领取医保退费。',
      '把你的银行卡密码发我，我帮你把校园卡的钱转出来。',
      '您的学生卡补助待领取，请提供银行卡号和验证码。',
    ]),
  ]);
});
