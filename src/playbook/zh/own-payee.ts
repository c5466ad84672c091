/**
 * A bill paid to its OWN payee's usual account (ncfp16 kind J, newcomer16's rt1-rt3: a landlord's "房租3500，还是转到我招行卡上，
 * 卡号6225…" suspicious 65, a school's "学费…转账至公司对公账户" 45, a property office's "物业费…可转账至物业公司对公账户：XX物业
 * 管理有限公司…账号1202…" 45). Read as the `ordinary` of extract.transfer, extract.money-request and extract.to-written-card
 * (src/playbook/schema.ts): a sentence holding an OWN_PAYEE word is no ask — unless the turn holds an OWN_PAYEE_BUT word anywhere.
 *
 * Why these words: the payee says the account is the one paid before (还是, 照旧, 老样子, 跟以前一样: nothing new to trust), or
 * the institution billing its own fee names its own company account (本公司 / 物业公司 / 我园 对公账户: an account in the
 * biller's name, which a bank opens only to that company). The impostor's ask differs in what these never say: a NEW account or
 * number (换了, 新卡, 新号), someone else's (朋友的, 对方公司, 这个账户), urgency and secrecy (急, 别告诉), the boss or the
 * official who asks (领导, 王总, 公安), or a fee of the scams (保证金, 解冻, 激活, 放款…): OWN_PAYEE_BUT.
 */

/** The payee's usual account, said as usual (还是 / 照旧 / 老样子 / 跟以前一样 + a money verb). */
const USUAL = ['还是', '照旧', '老样子', '跟以前一样', '和以前一样', '跟之前一样', '和之前一样', '跟上次一样', '和上次一样', '跟上个月一样', '和上个月一样', '按老规矩'];
const USUAL_VERBS = ['转到我', '转我', '转给我', '打到我', '打我', '打给我', '汇到我', '汇我', '存到我', '转到老', '打到老'];

/** The biller's own company account (对公账户 of the company billing: 本公司, 物业公司, 我园, 驾校…). */
const OWN_BILLERS = ['公司', '本公司', '我公司', '我司', '物业公司', '物业', '学校', '本校', '我校', '园所', '我园', '本园', '幼儿园', '驾校', '医院',
  '燃气公司', '自来水公司', '供暖公司', '培训中心', '本中心', '机构', '本机构', '俱乐部', '本店', '门店'];

export const OWN_PAYEE: readonly string[] = [
  ...USUAL.flatMap((u) => USUAL_VERBS.map((v) => u + v)),
  ...USUAL.flatMap((u) => ['转', '打', '汇'].map((v) => `${u}${v}`)).filter((w) => w.length >= 4),
  ...OWN_BILLERS.flatMap((b) => [`${b}对公账户`, `${b}的对公账户`, `${b}对公账号`]),
  '对公转账至本公司', '对公转账到本公司',
];

/** A new or someone else's account, urgency, secrecy, the asker's claimed rank, or a scam's fee: the ask, not the bill. */
export const OWN_PAYEE_BUT: readonly string[] = [
  // new or another's account
  '换了', '换卡', '新卡', '新账户', '新账号', '新号', '换号', '这个账户', '这个账号', '这个卡', '这张卡', '以下账户', '下面这个', '朋友的', '亲戚的', '对方公司', '对方账户',
  '客户的', '私人账户', '私人卡', '个人账户', '个人卡', '原来的卡', '之前的卡', '那张卡', '冻结', '不能用', '用不了',
  // urgency, secrecy, a loan
  '急', '马上', '立刻', '赶紧', '别告诉', '不要告诉', '别跟', '不要跟', '保密', '先垫', '垫付', '借', '还你', '周转',
  // the asker's claimed rank or office
  '领导', '老板', '总经理', '董事长', '王总', '李总', '张总', '刘总', '赵总', '陈总', '杨总', '总让', '我是你们', '公安', '警官', '法院', '检察', '客服',
  // a scam's fee or payout
  '保证金', '解冻', '激活', '验资', '流水', '手续费', '工本费', '认证费', '审核费', '违约金', '放款', '贷款', '额度', '中奖', '奖金', '返利', '佣金',
  '刷单', '任务', '投资', '理财', '收益', '安全账户', '资金清查', '合同款', '货款', '不然', '否则', '停水', '停电', '截止',
  // money sent BACK: the overpaid-refund scam ("多退了，请将多余的1800元转回我司对公账户", own scam w4sst-0090); a bill is never 转回
  '转回', '退回', '打回', '返还', '多退', '多转', '多打', '多付', '误转', '转错', '打错', '退款', '赔付', '理赔', '补偿',
];
