/**
 * Session 12 (sms12): a LENDER's own advert in one message (src/playbook/promotion.ts): the loan taken in its
 * own app or bank is the product it sells ("打开APP借钱", "借款享7天免息"), as the one-message rule already says
 * (src/playbook/single-message.ts: "an advert's product is … the loan"). Under a mass sender's marks
 * (【brand】, 退订回T, 拒收请回复R) with nothing but its own channels and an advert's words, extract.loan is one
 * of those words (half weight, below `suspicious`). A fee before the loan, money to an account, a code, a card
 * and password, or a private chat with the loan (`apart`) still count in full. Every line is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { promotionReading, type FiredTactic } from '../../../src/score/score.ts';
import { zhPlaybook as zhDef } from '../../../src/playbook/zh/index.ts';
import { PlaybookSchema } from '../../../src/playbook/schema.ts';
import { sms, runWithAndWithoutModel as run } from './helpers.ts';

const rule = PlaybookSchema.parse(zhDef).promotion!;
const f = (id: string, weight: number): FiredTactic => ({ id, stage: id.startsWith('extract.') ? 'extraction' : (id.split('.')[0] as FiredTactic['stage']), weight });

describe('the lender\'s loan is an advert\'s word, not with a private chat', () => {
  it('reads', () => {
    const frame = f('contact.official-sender', 0);
    expect(promotionReading([frame, f('extract.loan', 45)], rule)).not.toBeNull();
    expect(promotionReading([frame, f('extract.loan', 45), f('shift.app-download', 20)], rule)).not.toBeNull();
    expect(promotionReading([frame, f('extract.loan', 45), f('shift.group', 20)], rule)).toBeNull();
    expect(promotionReading([frame, f('extract.loan', 45), f('shift.private-contact', 25)], rule)).toBeNull();
    expect(promotionReading([frame, f('extract.loan', 45), f('extract.transfer', 45)], rule)).toBeNull();
    expect(promotionReading([f('extract.loan', 45)], rule)).toBeNull();
  });
});

describe('kind: a lender\'s own advert, the loan in its own app (siblings of our own)', () => {
  run([
    { name: 'a consumer-finance firm\'s interest-free coupon', input: sms('【某某消费金融】老客户专享：本月借款享3天免息，可在APP首页领取免息券，借款前请评估还款能力。回T退订'), expect: 'safe' },
    { name: 'a wallet\'s borrowing turned on', input: sms('尊敬的会员，某某花呗借钱功能已为您开通，打开APP-我的-借钱查看额度。退订回T'), expect: 'safe' },
    { name: 'a bank\'s credit line raised', input: sms('【某某借呗】您的借款额度已提升至8万元，打开支付宝-借呗即可查看，借款请按需理性。退订回T'), expect: 'safe' },
    { name: 'a bank\'s consumer loan in its app', input: sms('【某某银行】尊敬的客户，您的信用贷额度已更新，最高可借30万元，登录手机银行“贷款”频道申请。拒收请回复R'), expect: 'safe' },
    { name: 'a lender\'s licensed product', input: sms('【某某贷】您已获得借款资格，最高额度5万元，打开某某贷APP-借钱即可查看，本服务由持牌机构提供。退订回T'), expect: 'safe' },
    { name: 'an instalment app\'s line restored', input: sms('【某某分期】您的分期额度已恢复，打开APP借钱立享首期免息，实际以审批为准。拒收请回复R'), expect: 'safe' },
    { name: 'a festival\'s repayment coupon', input: sms('【某某金融】新春借款节：在APP内借款满1万元送50元还款券，借款请量力而行。回T退订'), expect: 'safe' },
    { name: 'a card\'s cash advance', input: sms('【某某信用卡】您的信用卡预借现金额度已开通，可在某某银行APP办理，最高2万元。退订回T'), expect: 'safe' },
    { name: 'a merchant loan', input: sms('【某某网商贷】店铺经营贷额度已更新，最高可借50万元，登录网商银行APP申请。回TD退订'), expect: 'safe' },
    { name: 'a small lender\'s new-user offer', input: sms('【某某借条】新用户首次借款享7天免息，打开APP借款即可使用，请理性借贷。退订回T'), expect: 'safe' },
    // The scams of the register: a fee, money to an account, a code, a card and password, a private chat.
    { name: 'an unfreezing fee before the loan', input: sms('【某某贷】您已获得20万额度，需先交2000元解冻金到指定账户才能放款，退订回T'), expect: 'not-safe' },
    { name: 'a code to unfreeze the loan', input: sms('【某某金融】无抵押借款已到账冻结，请回复收到的验证码完成解冻放款，回T退订'), expect: 'not-safe' },
    { name: 'a card and password on a page', input: sms('您好，您的网贷额度已开通，下载借款APP后把银行卡号和密码填写到页面即可放款，退订回T'), expect: 'scam' },
    { name: 'a top-up to raise the credit', input: sms('【某某贷】征信修复后可借20万，先在APP内充值500元刷流水提高信用，退订回T'), expect: 'scam' },
    { name: 'a deposit before the loan', input: sms('尊敬的用户，您申请的贷款需要先交保证金3000元，到账后连同贷款一起返还，退订回T'), expect: 'scam' },
  ]);
});
