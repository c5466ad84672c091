import type { PlaybookDef } from './schema.ts';

/**
 * ONE rule for everyday lending between family and friends (nc12-fp, session 12, kind L2): the speaker asks
 * the listener to pay a bill or a tradesman's deposit first, or to lend a sum, and says when it comes back
 * ("姐，我微信没钱了，先帮我垫一下水电费，晚上还你"; "师傅要先付2000定金，你先帮我转一下，我手机支付宝限额了，回头给你").
 * Read by src/score/score.ts `familyLoanReading` as the zh playbook's `familyLoan` (a register rule: src/playbook/schema.ts).
 *
 * It holds in ONE message (not a call) when the frame fired (contact.family-loan: the promise to pay back, with
 * no identity claim, stranger's account, emergency, secrecy, link or code in its sentence) and every other
 * positively weighted tactic is one of its `words` (the plain ask: extract.money-request; the "I cannot pay
 * myself, you pay" story: pretext.urgent-money) or one of its `kept` (money asked with a sum to pay first, or to
 * an account: extract.transfer, extract.direct-payment, which keep their weight). Then the words weigh nothing
 * and no composite or one-message pair reads them: the plain ask and its reason are family talk. Anything else
 * fired — who they claim to be (contact.acquaintance, contact.new-number), a stranger's account
 * (extract.third-party-payee, extract.new-account), secrecy, a move, a code — and everything counts in full. The
 * text model's word is read as usual (it keeps its weight; in one message it never carries `scam` alone).
 *
 * Why: the ask ("帮我转", "先帮我垫") is read twice, as the request (extract.money-request 20) and as the relative's
 * story (pretext.urgent-money 10), and the pair is the composite money-request-with-story (45) or, with a deposit
 * paid first, pretext-plus-extraction (85: scam). newcomer12 found a family's bill read 45 and a roof repair's
 * deposit read scam 85. The scams of this register carry what the frame excludes (brief, issue 8).
 */
export const familyLoan: NonNullable<PlaybookDef['familyLoan']> = {
  frames: ['contact.family-loan'],
  words: ['extract.money-request', 'pretext.urgent-money'],
  kept: ['extract.transfer', 'extract.direct-payment'],
  // The text model's word is likelihood, not a step: it keeps its weight, and neither ends the reading nor is dropped.
  modelBreaks: false,
  examples: {
    familyLoan: [
      '姐，我微信零钱不够了，先帮我垫一下这个月的电费，晚上还你。',
      '爸，我这个月房租先借我2500，下个月发工资还你。',
      '老婆，我支付宝限额了，你先帮我付一下物业费，晚点给你。',
      '小李，周末聚餐的钱你先帮我转一下，回头给你。',
      '哥，孩子学校的校服费你先帮我垫上，明天还你。',
    ],
    notFamilyLoan: [
      '我是你表弟，换号了，先帮我转3000，明天还你。',
      '我手机丢了，用同学的手机发的，你先帮我转2000到他卡上，明天还你。',
      '爸，我在医院，急需手术费，先帮我转5万，回头还你。',
      '帮我转5000到这个账户，明天就还你，别告诉我妈。',
      '在吗？帮我垫付一下，我把收款码发你，晚上还你。',
    ],
  },
};
