import { defineTactic } from '../../schema.ts';

/**
 * Take the cash out and hand it over (冒充公检法, 冒充亲友, issue 8 §1.8): "去银行把钱取出来，我们派人来
 * 收取", "a colleague will come to your door for it". Since banks stop suspicious transfers, the
 * scripts send a courier for cash or gold; no police or relative does. Extraction, weight 45.
 */
export default defineTactic({
  id: 'extract.cash-pickup',
  stage: 'extraction',
  description: {
    zh: '让您去银行把钱取出来，交给他派来的人或放到指定地点',
    en: 'Has you withdraw cash and hand it to someone they send, or leave it somewhere',
  },
  weight: 45,
  cues: [
    {
      all: [
        // Not 取现/取现金 bare: both sit inside 收取现金, a biller's "工作人员不会上门收取现金" (sms12, session 12:
        // 13 of our legitimate notices by six authors read 45 on it; 0 dev scams use the bare words with a pick-up).
        ['取出来', '取出', '去取现', '要取现', '先取现', 'atm取现', '取现给', '取现交', '取出现金', '提取现金', '取点现金', '取些现金', '取好现金',
          '买金条', '买黄金', '取五万', '取两万', '取十万', '取钱'],
        // Not 来拿 alone: "奖品等你来拿" in every promotion (telecom-fraud-texts-5 dev normal SMS).
        ['派人', '上门收取', '上门来取', '有人来取', '有人来拿', '收取', '交给我们的', '交给他', '放到', '我同事', '工作人员去', '去你家拿', '上门取'],
      ],
      within: 40,
    },
  ],
  // A parcel locker's pick-up notice ("取件码…请于24小时内取出，超时将收取保管费"): the parcel is taken out, a storage fee collected.
  unless: ['骗子', '诈骗', '警惕', '谨防', '不要', '切勿', '快递员不会', '取件码', '保管费', '快递柜'],
  guards: ['warning'],
  negatable: true,
  advice: ['police-never-by-phone', 'no-transfer', 'tell-family', 'already-paid'],
  examples: {
    positive: [
      '你现在去银行把钱取出来，我们派人上门收取',
      '把现金取出来交给我们的工作人员',
      '你取五万现金，我同事去你家拿',
      '去买金条，到时候有人来取',
      '把钱取出来放到楼下的信箱里，会有人来拿',
      '你先去取现，取好现金后我们派人上门收取',
    ],
    negative: [
      '我去银行取了点现金',
      '凡是让你取现金交给陌生人的都是骗子',
      '快递员来取件了',
      '【丰巢】您的快递已存入3号楼丰巢柜，取件码 48271903，请于24小时内取出，超时将收取保管费。',
      '取出来的钱存到定期里',
      '不要把现金交给上门的陌生人',
      '【某某燃气】燃气费请在官方APP缴纳，工作人员不会上门收取现金。',
      '【某某物业】停车费请到物业前台刷卡缴纳，保安不收取现金。',
    ],
  },
});
