/**
 * Tactics and composites for the scams a newcomer found read as safe in session 11 (newcomer11, 432
 * inputs of its own: /tmp/newcomer11/probes.jsonl): a loss just suffered asked about, and the stories
 * whose request had no tactic of its own. Each kind has our own siblings, scams and legitimate texts in
 * the same words, in test/engine/nc11-recall.test.ts.
 */
import type { CompositeDef, TacticDef } from '../schema.ts';
import extractLossAsksHelp from './tactics/extract.loss-asks-help.ts';
import pretextDamageClaim from './tactics/pretext.damage-claim.ts';
import extractDamagePay from './tactics/extract.damage-pay.ts';
import pretextWrongItemDifference from './tactics/pretext.wrong-item-difference.ts';
import pretextNumberCutoff from './tactics/pretext.number-cutoff.ts';

export const recallKindTactics: TacticDef[] = [
  // Kind 1: money just moved at a stranger's word, then "is this a scam?" / "what now?".
  extractLossAsksHelp,
  // Kind 3: damage you caused, pay the sum now; kind 4: the shop's wrong item, pay the difference.
  pretextDamageClaim, pretextWrongItemDifference,
  // Kinds 2 and 6: your number misused and about to be cut off or restricted (a fake carrier, regulator, anti-fraud centre).
  pretextNumberCutoff,
  // The damage claim's money asked to the caller's own account (written with the story: never a bare "转给我").
  extractDamagePay,
];

/** Money or a move asked after these stories: to the speaker's own account, a link, a private chat. */
const PAY_OR_MOVE = [
  'extract.damage-pay', 'extract.money-request', 'extract.direct-payment', 'extract.transfer', 'extract.scan-to-pay', 'extract.payment-link',
  'shift.private-contact', 'shift.chat-handle', 'shift.group', 'shift.link', 'shift.sent-link',
];

const both = (zh: string, en: string) => ({ zh, en });

export const recallKindComposites: CompositeDef[] = [
  {
    id: 'damage-claim-plus-pay',
    description: both(
      '说您家漏水、车刮了别人或孩子弄坏了东西，要您马上把赔偿转给他：先去现场看，当面或通过保险处理，不要先转钱',
      'Says your flat, car or child caused damage and wants the compensation sent to them now: go and see first, settle face to face or through the insurer; send nothing first',
    ),
    all: ['pretext.damage-claim'],
    any: PAY_OR_MOVE,
    minRisk: 55,
  },
  {
    id: 'wrong-item-plus-pay',
    description: both(
      '说店里发错了货，要您加微信、点链接或直接转账补差价：商家发错由商家负责，这是诈骗，到购物APP的订单里核实',
      'Says the shop sent the wrong item and wants the difference paid by WeChat, a link or a transfer: a shop\'s mistake is its own; a scam, check the order in the shopping app',
    ),
    all: ['pretext.wrong-item-difference'],
    any: PAY_OR_MOVE,
    minRisk: 75,
  },
  {
    id: 'number-threat-plus-channel',
    description: both(
      '说您的手机号违规、涉诈要停机或限制使用，又让您按键转人工、回拨对方的电话、点链接或下载APP：这是冒充运营商、通信管理局或反诈中心的诈骗，挂断后打运营商官方客服核实',
      'Says your number is misused and will be cut off or restricted, then has you press a key, call their line, open a link or install an app: a fake carrier, regulator or anti-fraud centre; hang up and call your carrier\'s official line',
    ),
    all: ['pretext.number-cutoff'],
    any: ['shift.robocall-key', 'shift.claims-line', 'contact.call-back-number', 'contact.call-line', 'shift.app-download', 'shift.app-download-link', 'shift.link', 'shift.sent-link', 'shift.hidden-link', 'shift.lookalike-link', 'shift.group', 'shift.private-contact'],
    minRisk: 60,
  },
  {
    id: 'new-number-plus-fee',
    description: both(
      '说老师、房东或领导换了新号，又让您扫码交费、转账：先用原来的号码或当面问清楚，再交钱',
      'Says a teacher\'s, a landlord\'s or a boss\'s number has changed, then asks you to pay a fee by a code or a transfer: ask on the old number or in person first',
    ),
    all: ['contact.new-number'],
    any: ['extract.fee-quoted', 'extract.scan-to-pay', 'extract.money-request', 'extract.direct-payment', 'extract.payment-link'],
    minRisk: 55,
  },
];
