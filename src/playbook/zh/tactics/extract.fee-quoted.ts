import { defineTactic } from '../../schema.ts';

/** A tax to pay, said as the act or as the tax's name (never 税 alone: 退税 is money received). */
export const TAX_PAID = [
  '交税', '缴税', '纳税', '补税', '扣税', '税费', '税金', '税点', '关税', '所得税', '增值税', '印花税', '契税', '个税费用',
  '交税款', '缴税款', '付税款', '支付税款', '缴纳税款', '补缴税款', '税款为', '税款共',
];

/**
 * A fee asked for or priced, said in any words ("费用两千", "交三千块的违约金", "只需要交百分之十的服务费",
 * "报名费300元"). Weight 0: bills and price lists say the same every day. It counts only beside a
 * story that makes any fee the scam — credit repair, a prize, an online sweetheart, a pyramid
 * lure, a fake police case, a gambling or task platform, a fan club (composite `story-plus-fee`,
 * src/playbook/zh/other-kinds.ts), the public "八个凡是": 先交钱的都是诈骗.
 */
export default defineTactic({
  id: 'extract.fee-quoted',
  stage: 'extraction',
  description: {
    zh: '要您交一笔费用、押金、罚款或税（说出了钱数或让您交）',
    en: 'A fee, deposit, fine or tax you are to pay (priced or asked for)',
  },
  weight: 0,
  role: 'component',
  cues: [
    { request: { act: ['act.pay', 'act.pay-bare', 'act.pay-first', 'act.transfer', 'act.send-money'], object: ['obj.charge', 'obj.fee', 'obj.entry-fee', 'obj.postage', 'obj.expense'] }, actor: 'any' },
    // Any fee by its own name, paid by a code or a payment verb ("下学期教辅费260元，扫码缴费", "校服费每人320元，请扫码缴纳";
    // recall12 kind 3). Weight 0: a school's own notice says the same; what decides is who collects (new-number-plus-fee).
    { request: { act: ['act.scan-pay', 'act.scan', 'act.pay', 'act.pay-bare', 'act.pay-first', 'act.transfer', 'act.send-money'], object: ['obj.fee-noun'] }, actor: 'any' },
    {
      all: [
        ['费用', '服务费', '手续费', '律师费', '违约金', '罚款', '报名费', '入会费', '会员费', '代理费', '加盟费', '押金', '定金', '保证金', '认购款', '货款', '解封', '解冻',
          // A tax the reader PAYS, not 税 alone: 退税 / 退税款 is money the reader receives ("您的退税款1860元已审核通过"
          // read as a fee quoted beside a payout story, grammar11 kind 4); a fee to receive it still is one ("领取退税需先交手续费").
          ...TAX_PAID],
        ['元', '块', '百', '千', '万', '百分之', '%'],
      ],
      within: 8,
    },
  ],
  unless: ['已缴', '已交', '已支付', '已付', '我已经', '已经转', '已经交', '已经付', '缴费成功', '支付成功', '免费', '不收', '免收', '退还至', '骗子', '诈骗',
    // Paid where the biller itself collects ("请在学校缴费平台缴纳", "到校财务室现场缴费", "在“XX社区”APP内缴费"): the payee is
    // the institution, not whoever sent the message (recall12 kind 3's hard negatives).
    '缴费平台', '缴费系统', '收费系统', '收费平台', '服务平台', '生活缴费', '营业厅', '在app', 'app上', 'app中', '柜机', '财务处', '财务室', '公众号', '小程序', 'app内', '官方app', '到校', '现场缴', '窗口', '前台', '柜台'],
  guards: ['warning'],
  negatable: true,
  advice: ['no-upfront-fee', 'already-paid'],
  examples: {
    positive: [
      '费用两千，三天见效',
      '需要你交三千块的违约金才能解冻',
      '只需要交百分之十的服务费',
      '报名费300元，请尽快缴纳',
      '入会费两百，可享受福利',
      '您的退税款3000元已冻结，需缴纳税费500元解冻',
      '中奖奖金需先缴纳个人所得税800元',
      '领取退税前需先交手续费300元',
    ],
    negative: [
      '您的报名费已缴纳成功',
      '本次活动免费，不收任何费用',
      '凡是先收费的都是骗子',
      '今天天气很好',
      '谢谢你的帮忙',
      '您的2025年度汇算退税款1860元已审核通过',
      '您的退税1500元已到账',
    ],
  },
});
