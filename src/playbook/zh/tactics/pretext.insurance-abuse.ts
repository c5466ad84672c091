import { defineTactic } from '../../schema.ts';

/**
 * Fake 医保/社保 (冒充医保局、社保局): "abnormal use on your medical-insurance account, suspected
 * insurance fraud (骗保), the card is frozen", then a number to call or a transfer to "the police".
 * The opening of the fake-authority chain; the real bureau sends you to its counter or 12393. Weight
 * 30 (a story); the composites read the number, the transfer to police and any request.
 */
export default defineTactic({
  id: 'pretext.insurance-abuse',
  stage: 'pretext',
  description: {
    zh: '冒充医保局、社保局，说您的医保卡、社保卡异常消费、涉嫌骗保或被冻结',
    en: 'Poses as the medical-insurance or social-security bureau: abnormal use, suspected insurance fraud or a frozen card',
  },
  weight: 30,
  cues: [
    {
      all: [
        ['医保', '社保', '医疗保险', '养老保险', '医保卡', '社保卡', '养老金', '医保账户', '社保账户', '医保局', '社保局'],
        ['异常消费', '异常', '骗保', '冻结', '违规', '停用', '盗刷', '涉嫌', '封停', '非法', '套取', '作废'],
      ],
      within: 24,
    },
  ],
  unless: ['已挂失', '挂失成功', '到社保中心', '到医保中心', '窗口办理', '柜台', '营业网点', '年度认证', '政策', '打击欺诈骗保', '专项行动', '新闻'],
  guards: ['warning'],
  advice: ['police-never-by-phone', 'no-transfer', 'never-share-card'],
  examples: {
    positive: [
      '您的医保账户有一笔异常消费，涉嫌骗保',
      '喂，医保局的，你医保卡被冻结了',
      '您的社保卡在外地违规使用，即将停用',
      '您的养老金账户异常，涉嫌套取',
      '社保局通知，您的社保账户涉嫌非法套现已被冻结',
    ],
    negative: [
      '您的社保卡已挂失成功，请到社保中心补办',
      '医保局开展打击欺诈骗保专项行动',
      '医保卡异常请本人到窗口办理',
      '今年的养老金涨了',
      '我去医院用医保卡结算了',
    ],
  },
});
