import { defineTactic } from '../../schema.ts';

/**
 * A legitimacy sign: the caller sends you to the counter in person with your ID (请您本人带身份证到
 * 柜台办理). A real bank's fraud check ends there; a scammer never sends you to staff who would stop
 * the transfer. Negative weight; composites still decide when a request follows.
 */
export default defineTactic({
  id: 'contact.in-person-counter',
  stage: 'contact',
  description: {
    zh: '让您本人带身份证到银行柜台、营业网点办理：这是正规机构的做法',
    en: 'Sends you to the bank counter or a branch in person with your ID: what a real institution does',
  },
  weight: -20,
  cues: [
    {
      all: [
        // Any document of your own carried in person (医保卡, 社保卡, 户口簿): the office checks it at its desk.
        ['带身份证', '携带身份证', '持身份证', '带上身份证', '本人到', '本人前往', '亲自到', '本人携带', '携带医保卡', '携带社保卡', '携带户口'],
        ['柜台', '网点', '营业厅', '支行', '营业部', '服务大厅', '窗口'],
      ],
      within: 12,
    },
  ],
  unless: ['不用去', '不用到', '不需要去', '别去', '不要去'],
  guards: [],
  advice: [],
  examples: {
    positive: [
      '请您带身份证到柜台办理解冻',
      '请本人携带身份证到就近网点办理',
      '您需要本人到营业厅补卡',
      '请您持身份证到支行柜台核实',
      '麻烦您带上身份证到窗口办理',
      '请本人携带医保卡到医保服务大厅核实',
    ],
    negative: [
      '不用去柜台，我在线上帮您办',
      '别去网点了，直接转到安全账户',
      '身份证号告诉我',
      '柜台今天人很多',
      '营业厅几点关门',
    ],
  },
});
