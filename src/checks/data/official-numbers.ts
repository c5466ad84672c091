/**
 * Customer-service numbers the platforms, couriers, payment networks and banks publish.
 * A caller claiming to be one of them from any other number is a finding (`claims-mismatch`).
 *
 * Provenance: each `source` names where the organisation publishes the number (its help centre,
 * its site's footer, its app's 联系客服 page). Compiled from those public pages as known to the
 * author and NOT re-checked online during the build; platforms without a public hotline
 * (拼多多, 快手, 小红书 serve customers inside their apps) have no entry, so any call "from" them
 * is a mismatch. Add a number only with where it is published.
 */
export interface OfficialNumber {
  /** Digits only, as dialled inside mainland China (area code with its 0 for landlines). */
  number: string;
  /** Brand id from official-domains.ts. */
  brand: string;
  source: string;
}

export const OFFICIAL_NUMBERS: readonly OfficialNumber[] = [
  { number: '9510211', brand: 'taobao', source: '淘宝网 help centre (联系客服) — Taobao customer-service hotline' },
  { number: '057188158198', brand: 'taobao', source: '淘宝网 help centre (联系客服) — Taobao customer-service landline, Hangzhou' },
  { number: '4008608608', brand: 'taobao', source: '天猫 help centre (联系客服) — Tmall customer-service hotline' },
  { number: '95188', brand: 'alipay', source: 'alipay.com footer and app 我的客服 — Alipay customer service' },
  { number: '950618', brand: 'jd', source: 'jd.com help centre (联系客服) — JD customer service' },
  { number: '4006065500', brand: 'jd', source: 'jd.com help centre (联系客服) — JD customer service, 400 line' },
  { number: '95118', brand: 'jd', source: '京东金融 app 客服 page — JD Finance / 京东白条 customer service' },
  { number: '950616', brand: 'jd', source: 'jdl.com (京东物流) site footer — JD Logistics customer service' },
  { number: '95152', brand: 'douyin', source: '抖音 app 设置 → 反馈与帮助 — Douyin customer service' },
  { number: '4006789888', brand: 'vip', source: 'vip.com footer — Vipshop customer service' },
  { number: '10107888', brand: 'meituan', source: 'meituan.com footer and app 客服中心 — Meituan customer service' },
  { number: '95315', brand: 'suning', source: 'suning.com footer — Suning customer service' },
  { number: '95017', brand: 'tencent', source: 'pay.weixin.qq.com (微信支付) — WeChat Pay / Tencent customer service' },
  { number: '075583765566', brand: 'tencent', source: 'kf.qq.com (腾讯客服) — Tencent customer-service landline, Shenzhen' },
  { number: '95338', brand: 'sf', source: 'sf-express.com footer — SF Express customer service' },
  { number: '95311', brand: 'zto', source: 'zto.com footer — ZTO customer service' },
  { number: '95554', brand: 'yto', source: 'yto.net.cn footer — YTO customer service' },
  { number: '95546', brand: 'yunda', source: 'yundaex.com footer — Yunda customer service' },
  { number: '95543', brand: 'sto', source: 'sto.cn footer — STO customer service' },
  { number: '11183', brand: 'ems', source: 'ems.com.cn footer — China Post / EMS customer service' },
  { number: '95516', brand: 'unionpay', source: 'unionpay.com footer — UnionPay / 云闪付 customer service' },
  { number: '95588', brand: 'icbc', source: 'icbc.com.cn footer — ICBC customer service' },
  { number: '95533', brand: 'ccb', source: 'ccb.com footer — CCB customer service' },
  { number: '95599', brand: 'abc', source: 'abchina.com footer — ABC customer service' },
  { number: '95566', brand: 'boc', source: 'boc.cn footer — Bank of China customer service' },
  { number: '95559', brand: 'bocom', source: 'bankcomm.com footer — BoCom customer service' },
  { number: '95555', brand: 'cmb', source: 'cmbchina.com footer — CMB customer service' },
  { number: '95580', brand: 'psbc', source: 'psbc.com footer — PSBC customer service' },
  { number: '95528', brand: 'spdb', source: 'spdb.com.cn footer — SPD Bank customer service' },
  { number: '95558', brand: 'citic', source: 'citicbank.com footer — CITIC Bank customer service' },
  { number: '95595', brand: 'ceb', source: 'cebbank.com footer — Everbright customer service' },
  { number: '95568', brand: 'cmbc', source: 'cmbc.com.cn footer — Minsheng customer service' },
  { number: '95561', brand: 'cib', source: 'cib.com.cn footer — Industrial Bank customer service' },
  { number: '95511', brand: 'pingan', source: 'pingan.com footer — Ping An customer service' },
  { number: '95577', brand: 'hxb', source: 'hxb.com.cn footer — Hua Xia Bank customer service' },
  { number: '95508', brand: 'cgb', source: 'cgbchina.com.cn footer — CGB customer service' },
  { number: '4008205555', brand: 'cmb', source: 'cmbchina.com credit-card pages — 招商银行信用卡客服 (credit-card service)' },
  { number: '95105105', brand: 'rail12306', source: '12306.cn — 铁路客户服务中心 telephone booking and service line (as known to the author)' },
  { number: '10086', brand: 'cmcc', source: '10086.cn — China Mobile customer service' },
  { number: '10010', brand: 'cucc', source: '10010.com — China Unicom customer service' },
  { number: '10000', brand: 'ctcc', source: '189.cn — China Telecom customer service' },
  { number: '12306', brand: 'rail12306', source: '12306.cn — China Railway customer service' },
  { number: '95010', brand: 'ctrip', source: 'ctrip.com footer — Trip.com (携程) customer service' },
  { number: '9510208', brand: 'fliggy', source: 'fliggy.com help centre — Fliggy customer service' },
  { number: '12366', brand: 'tax', source: 'chinatax.gov.cn — 纳税服务热线 (tax service hotline)' },
  { number: '12333', brand: 'shebao', source: 'mohrss.gov.cn — 人社服务热线 (social insurance hotline)' },
  { number: '12393', brand: 'yibao', source: 'nhsa.gov.cn — 医保服务热线 (medical insurance hotline)' },
  { number: '95598', brand: 'sgcc', source: '95598.cn — 国家电网供电服务热线 (State Grid power-supply service line)' },
  { number: '12122', brand: 'jiaoguan', source: 'Ministry of Public Security — 高速公路报警救援电话 (highway police)' },
  { number: '96110', brand: 'fanzha', source: 'Ministry of Public Security (2021): 96110 is the anti-fraud warning line' },
];
