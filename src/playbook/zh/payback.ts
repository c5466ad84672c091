/**
 * An advance among colleagues, classmates and friends, paid back the ordinary way (conv17 kind D, session 17): "下午团建的
 * 奶茶你先帮忙垫付一下，一共236元，回头走报销我转你", "明天请客户吃饭你先用自己的卡垫付一下，发票抬头写公司，下周财务给你报",
 * "车费你先垫付一下，我晚上回来还你" (left: see below). The `ordinary` of extract.transfer and extract.money-request (src/playbook/schema.ts
 * `ordinary`): a sentence holding one of `words` — how the advance comes back to the listener (走报销, 发票抬头, 财务给你报,
 * AA, 班费) — does not count, unless the TURN holds one of `but`: a place the money goes (an account, a card, a code to
 * scan, a link), a third person to pay (朋友, 表弟, 领导, 供应商), who they claim to be or a new number, urgency or
 * secrecy, the task scam's ladder (任务, 返, 佣金, 本金), a fee of the scams (保证金, 押金, 手续费), a desk or a platform.
 *
 * Why: a colleague's "你先垫付一下" read suspicious 45 on extract.transfer's bare '垫付一下' (conv17's own c17-dl-01/04; the
 * held-out authors' legitimate chat 65). A friend's "车费你先垫付一下，我晚上回来还你" (scam 73) is left: its words are
 * the fake relative's (own corpus g-ot-0479, w12ts-0039, w14ds-0189, c-dlg-zh-034 went scam -> suspicious or safe
 * with 还你 among the words, tried and dropped). The scams in the same
 * words name where the money goes or who they are: "你先帮我垫付一下给供应商的20万货款，转到这个账户" (the fake boss),
 * "换号了…先帮我垫付5000转到我朋友的卡上，明天还你", "第一单垫付100返130". What is left of the kind: an advance asked
 * with no account in the first turn and the account given in the next (that turn is read by itself).
 */
export const PAYBACK = {
  words: [
    // Reimbursed to the listener by the employer (not the asker's own "等我回去找会计报销": the fake boss's line).
    '走报销', '你报销', '您报销', '提交报销', '报销单', '给你报', '给您报', '财务给你', '财务会打', '发票抬头',
    // Shared out among the group (not 每人 bare: "你先每人转5000块过去" is the fake boss's). Not the asker's own promise
    // (还你, 转给你, 回头给你): the fake relative and the romance scam say it too ("你先微信转我一千，到了还你",
    // "你先帮我交，我回来就还你"), and a turn without an account does not tell them from a friend's cab fare.
    'aa', '平摊', '班费',
  ],
  but: [
    // Where the money goes: an account, a card, a code, a link.
    '账户', '账号', '卡号', '卡上', '这张卡', '银行卡', '对公', '收款码', '二维码', '扫码', '链接', '网址', '转到', '转入', '打到', '汇到', '汇款', '转账到',
    // A third person to be paid, a boss or a company's deal.
    '朋友', '同学', '表弟', '表哥', '表妹', '表姐', '亲戚', '领导', '老板', '经理', '老总', '王总', '李总', '张总', '刘总', '陈总', '杨总', '赵总', '黄总', '周总', '吴总',
    '供应商', '货款', '礼金', '客户那边急', '对方',
    // Who they claim to be, a new number, urgency, secrecy, far away.
    '我是', '换号', '新号', '新微信', '急用', '急需', '很急', '着急', '紧急', '马上', '立刻', '别告诉', '不要告诉', '保密', '别说', '国外', '回国', '出事', '医院', '手术',
    // The task scam's ladder and the scams' fees; a desk or a platform.
    '任务', '返', '佣金', '本金', '刷单', '保证金', '押金', '手续费', '解冻', '激活', '客服', '平台', '退款',
  ],
};
