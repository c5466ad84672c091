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
    // Someone THEY send comes to YOUR home for the cash (ncrecall16 kind A: the grandparent script, "一会儿律师上门来拿钱，你准备
    // 两万现金给他", "我们派一个同事过来您家门口取", "我让一个律师叔叔去你家拿，你取好钱在家等着", "会有个叔叔到你家楼下，你把钱给
    // 他"): no withdrawal word needed. Three parts: a third party (not the writer: "我下午过来拿" is a friend's own errand), a take
    // verb at the reader's door (拿/取/收, never 送: "让朋友把现金送到你家" is paying the reader), and cash or gold.
    {
      all: [
        ['律师', '叔叔', '同事', '朋友', '同学', '工作人员', '专人', '派人', '派一个', '派个', '有个人', '会有人', '警官', '民警',
          '司机', '助理', '办案人员', '检察官', '法官', '保释人'],
        ['上门来拿', '上门拿', '上门来取', '上门取', '上门收', '过来拿', '过来取', '去你家拿', '去你家取', '到你家拿', '到你家取',
          '来你家拿', '来你家取', '去您家拿', '去您家取', '到您家拿', '到您家取', '来您家拿', '来您家取', '家门口取', '家门口拿',
          '到你家楼下', '到您家楼下', '去你家楼下', '去您家楼下'],
        ['现金', '拿钱', '取钱', '取好钱', '把钱给他', '钱给他', '钱交给他', '把钱交给', '金条', '黄金', '钱准备好', '准备好钱', '备好钱'],
      ],
      within: 40,
    },
  ],
  // A parcel locker's pick-up notice ("取件码…请于24小时内取出，超时将收取保管费"): the parcel is taken out, a storage fee collected.
  // A biller that never sends anyone ("工作人员不会上门收取现金", "不上门收费").
  unless: ['骗子', '诈骗', '警惕', '谨防', '不要', '切勿', '快递员不会', '取件码', '保管费', '快递柜', '不会上门', '不上门', '不收取现金', '不收现金'],
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
      '一会儿律师上门来拿钱，你准备两万现金给他',
      '您把现金装好，我们派一个同事过来您家门口取',
      '等下会有个叔叔到你家楼下，你把钱给他就行',
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
      '我让同事去你家拿一下合同，钱已经转你了',
      '房租我让朋友把现金送到你家',
    ],
  },
});
