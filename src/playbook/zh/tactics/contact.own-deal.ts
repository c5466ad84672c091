import { defineFrame } from '../../schema.ts';

/**
 * A payment inside a property or rental deal the reader is part of, to the company's or the escrow's
 * account (nc12-fp, kind L1): "您购买的…已网签，首付款请于…前转入资金监管账户", "签约当天定金打到公司对公
 * 账户", "合同约定剩余首付款需在贷款审批前存入监管账户，我们下周三去银行面签", "押一付三…请转到公司账户，
 * 签合同时给您开收据". The deal is named (网签, 认购, 签约, 合同, 过户, 面签, 收据, 经纪人, 售楼处, 首付款,
 * 房源, 押一付三) in the sentence of the company's or escrow's account. Weight 0, a frame the score reads
 * (src/playbook/deal.ts, src/score/score.ts dealReading): in ONE message where it fired and nothing but the payment's
 * own steps did, they weigh nothing and the message stays below `suspicious`.
 *
 * What the scam says with the same account (`unless`, in its sentence): your credit record, an account to
 * cancel, funds to check or verify, a frozen or "unsafe" account, money returned after, a loan drawn
 * (借呗, 白条, 网贷: the loan moved to a "supervised" account), a personal account, a code, a link, a fee
 * or a bond. Examples our own.
 */
export default defineFrame({
  id: 'contact.own-deal',
  description: {
    zh: '您自己签下的购房、租房交易中，按合同把款项付到公司对公账户或资金监管账户',
    en: 'A payment in a property or rental deal you signed, to the company\'s or the escrow\'s account as the contract says',
  },
  cues: [
    {
      all: [
        [
          // The deal, signed or about to be: the reader is one of its parties.
          '网签', '认购', '签约', '签合同', '签订合同', '签购房合同', '签租房合同', '合同约定', '按合同', '按照合同', '购房合同', '租赁合同',
          '租房合同', '买卖合同', '过户', '面签', '开收据', '收据', '经纪人', '售楼处', '售楼部', '开发商', '首付款', '首付', '购房款',
          '购房定金', '房款', '房源', '押一付三', '押一付一', '押二付三', '押一付六', '交房', '认筹', '二手房',
        ],
        // The company's or the escrow's account.
        ['对公账户', '公司账户', '公司的账户', '监管账户', '监管专户', '资金监管', '开发商账户', '开发商的账户'],
      ],
      within: 50,
    },
  ],
  unless: [
    // The scam's own use of a supervised or company account.
    '征信', '注销', '清查', '核查', '核实', '安全账户', '资金安全', '冻结', '解冻', '验证', '验资', '流水', '洗钱', '涉案', '涉嫌',
    '激活', '还款能力', '放款', '中转', '公安', '警方', '法院', '检察',
    // Money promised back: a deal's payment stays paid.
    '退回', '返还', '原路', '退还给您',
    // A loan drawn to be moved (extract.loan-to-safe-account's story).
    '借出来', '贷出来', '借呗', '白条', '金条', '微粒贷', '备用金', '网贷', '花呗', '额度',
    // A personal account, a code or a link: not the company's.
    '个人账户', '私人账户', '个人卡', '我的卡', '我卡上', '我的账户', '我个人', '微信', '支付宝', '二维码', '扫码', '链接', '网址', '点击',
    // A fee or a bond no deal's payment is.
    '保证金', '手续费', '审核费', '工本费', '解冻费', '服务费',
  ],
  examples: {
    positive: [
      '【某某地产】您购买的锦绣花园5-801已网签，首付款请于本月20日前转入资金监管账户，详询经纪人。',
      '张姐，房东同意签了，签约当天定金1万打到公司对公账户就行。',
      '刘先生，按合同约定，剩余房款需在过户前存入监管账户。',
      '您认购的房源请于签约当日将首付款转账至开发商对公账户。',
      '租房押一付三共9000元，请转到公司账户，签合同时开收据给您。',
    ],
    negative: [
      '您的贷款资料有误，需将首付款转入监管账户核实还款能力',
      '签约后请把定金转到我个人账户，公司账户走账慢',
      '网签异常，资金需转入监管账户进行安全核查',
      '请把借呗额度借出来存入公司账户，过户后退回',
      '今天去看了房，首付还差一点',
      '公司账户本月流水已对账',
    ],
  },
});
