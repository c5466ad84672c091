import { defineTactic } from '../../schema.ts';

/**
 * The overseas "high-pay job" (虚假招聘, issue 8 §1.8): work in Myanmar, Cambodia, Laos or "abroad" at
 * tens of thousands a month, ticket paid, no experience needed — the lure of the 缅北 fraud
 * compounds in every police warning. Weight 40: `suspicious` on its own, as the police advice says
 * (境外高薪招聘都是陷阱). A posting abroad through a named employer's HR stays quiet.
 */
export default defineTactic({
  id: 'pretext.overseas-job',
  stage: 'pretext',
  description: {
    zh: '去缅甸、柬埔寨、老挝等境外的“高薪工作”：月入几万、机票包、不要经验',
    en: 'A "high-pay job" in Myanmar, Cambodia, Laos or abroad: tens of thousands a month, ticket paid, no experience needed',
  },
  weight: 40,
  cues: [
    {
      all: [
        ['缅甸', '柬埔寨', '老挝', '缅北', '妙瓦底', '西港', '菲律宾', '迪拜', '海外', '国外', '境外', '出国'],
        ['高薪', '月入', '月薪', '工资', '一个月挣', '底薪'],
        ['机票我包', '机票包', '包机票', '包吃住', '不要经验', '无需经验', '来了就知道', '万', '轻松'],
      ],
      within: 30,
    },
  ],
  unless: ['骗子', '诈骗', '警惕', '谨防', '陷阱', '解救', '劝返', '外派', '驻外', '劳务合作', '人社部门', '正规中介'],
  guards: ['warning'],
  advice: ['verify-independently', 'no-upfront-fee'],
  examples: {
    positive: [
      '兄弟，缅甸那边有个高薪工作，月入五万，机票我包',
      '柬埔寨招客服，月薪三万，包吃住，不要经验',
      '海外高薪招聘，月入过万，来了就知道',
      '去迪拜工作，底薪两万，轻松',
      '国外有个活，一个月挣四五万，包机票',
    ],
    negative: [
      '警惕境外高薪招聘陷阱，缅北都是骗子',
      '公司外派迪拜项目，月薪两万，详见人事通知',
      '我哥在国外留学，生活费很高',
      '柬埔寨旅游攻略：吴哥窟必去',
      '出国劳务请通过人社部门备案的正规中介',
    ],
  },
});
