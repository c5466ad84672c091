/**
 * The payer scanning the reader's OWN collection code (conv17 kind E, session 17): "你把收款码发给我，我扫码转给你" (a landlord
 * returning the deposit in a chat the tenant opened), "上次的饭钱我还你，你把收款码发我，我扫一下你的". Scanning a code pays its
 * owner: a payer who scans the reader's code is paying the reader, which is how people pay each other. The `ordinaryAlso` of
 * extract.scan-for-payout, extract.transfer and extract.finances (src/playbook/schema.ts `ordinary`): a sentence holding one
 * of `words` does not count, unless the TURN moves the talk off the platform or tells the private-compensation story
 * (`but`: 加我, 加微信, QQ, 私人, 私下, 别投诉, 快递…): the 'courier' who pays privately to avoid a complaint and asks for WeChat
 * first is the scam's opening (own corpus gen-w8-scam-sms w8ts-0026 '我私人赔你，不要投诉我，你加我微信，我扫你的码转给你').
 * Why: the landlord's chat (conv17 c17-el-08, the held-out authors' deposit refund read 85) read scam 99 on
 * extract.scan-for-payout ('退给你…扫码') and a WeChat not added ('我没加你微信', shift.group's unless now).
 * Not when someone MADE the speaker scan (让我, 叫我, 要我…) or the payment is a fee (保证金, 手续费, 解冻…): '他让我扫码付500保证金，
 * 说退款马上到' is the scam's ask relayed (test/playbook/wrong9.test.ts; it read safe 0 after this list first landed).
 */
export const PAYER_SCANS = {
  words: ['我扫码转', '我扫码给你', '我扫码付', '我扫你的', '我扫一下你的'],
  but: ['加我', '加微信', '加个微信', '微信号', 'qq', '私人', '私下', '投诉', '快递', '理赔', '别告诉', '不要告诉', '截图', '激活', '输入金额', '让我', '叫我', '要我', '逼我', '非让我', '保证金', '手续费', '解冻', '认证费', '服务费'],
};
