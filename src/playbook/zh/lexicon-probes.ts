/**
 * Word classes of the request grammar for the kinds a newcomer found by probing in session 10
 * (newcomer10: a courier's small fee, "free, just pay the postage"), merged into the Chinese lexicon
 * (lexicon.ts). Same rules as lexicon-other.ts: each class carries examples run as tests; single
 * characters that occur inside everyday words are listed only inside longer forms. Our own writing.
 */
import type { WordClassDef } from '../schema.ts';

export const probeKindLexicon: Record<string, WordClassDef> = {
  'act.pay-sum': {
    kind: 'act',
    description: '付 + 钱数（付1元、付29元邮费、并付两块）：单字“付”只跟着钱数才算付款',
    terms: [...[...'123456789'].map((d) => `付${d}`), '付一', '付两', '付三', '付五', '付几', '并付', '只需付', '只要付', '只用付'],
    examples: {
      positive: ['点击链接核对地址并付1.5元手续费', '付29元邮费即可领取'],
      negative: ['付款方：某某公司', '我已付清'],
    },
  },
  'obj.courier-fee': {
    kind: 'object',
    description: '快递“补”的小钱：改派费、重派费、超重费、补运费、保管费、服务费',
    terms: [
      '改派费', '重派费', '派送费', '二次派送费', '配送费', '超重费', '运费', '邮费', '快递费', '服务费', '手续费', '保管费', '仓储费',
      '滞留费', '改址费', '地址修改费', '预约费', '补差价', '差价', '一点费用', '费用',
    ],
    examples: {
      positive: ['请扫码支付2元改派费', '需要补交运费6元'],
      negative: ['运费由商家承担', '改派不收改派费'],
    },
  },
  'ctx.courier-problem': {
    kind: 'context',
    description: '快递出了“问题”：派送失败、地址不详、超重、滞留、要重新预约或改派',
    // Not a bare 退回: "款项将原路退回" is every refund notice.
    terms: [
      '派送失败', '无法派送', '无法配送', '配送失败', '投递失败', '无法投递', '地址不详', '地址有误', '地址错误', '地址不全', '地址不完整',
      '补全地址', '填写地址', '核对地址', '超重', '改派', '重新派送', '二次派送', '重新预约', '预约派送', '滞留', '派送异常', '面单模糊',
      '面单破损', '信息不全', '否则退回', '否则将退回', '否则将被退回', '退回寄件人', '退回发件人', '将被退回', '逾期退回',
    ],
    examples: {
      positive: ['您的快递因地址不详无法派送，请扫码支付1元改派费', '包裹超重，需补交运费5元'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.credit-fix': {
    kind: 'context',
    description: '征信“修复”：消除逾期、删除不良记录、洗白征信（收费修复征信都是骗）',
    terms: ['消除', '修复征信', '征信修复', '洗白', '删除逾期', '删除不良', '逾期记录', '不良记录', '停息挂账'],
    examples: {
      positive: ['我们有内部渠道可以帮您消除，只需要交2000元服务费', '修复征信需要先交一笔手续费'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
  'ctx.free-gift': {
    kind: 'context',
    description: '白送的东西：免费送、免费领、0元购、幸运用户、老客户回馈',
    // Not a bare 0元: "1,380.00元", "90元" end in it.
    terms: [
      '免费送', '免费领', '免费领取', '免费赠送', '免费获得', '0元购', '零元购', '0元领', '零元领', '0元抢', '白送', '送您一', '送你一', '赠送您',
      '幸运买家', '幸运用户', '幸运客户', '幸运顾客', '老客户回馈', '回馈老客户', '回馈新老客户', '免单', '抽中', '领取资格',
    ],
    examples: {
      positive: ['免费领取电饭煲一台，只需支付39元运费', '恭喜获得0元购资格，付个邮费就行'],
      negative: ['欢迎光临', '谢谢'],
    },
  },
};
