import { defineTactic } from '../../schema.ts';
import { IN_APP_PATH } from './pretext.subscription-renewal.ts';
import { HAND_OVER_DETAILS, OWN_APP_OR_PAGE } from './contact.agent-request.ts';

/**
 * The sender of a message asks you to hand over information or to complete a step: give, tell, send,
 * fill in or reply with your details, account, ID, card or code; "完成相关操作", "进行身份验证". The
 * narrow half of contact.agent-request (which also reads pay, transfer, open, add and download, and
 * fires on a receipt's "已退回您的支付账户" or "转入理赔款"): no money or channel word, only what the
 * LLM-written refund notice asks for when it names no desk ("请您提供您的账户信息，以便我们进行处理").
 * Nothing alone (weight 0: a school, a clinic and a bank ask for details every day): a component the
 * composite `story-plus-request` reads beside a refund kill-chain story. A real notice sends you into
 * its own app or page (`unless`, as contact.agent-request's). Only in a message (`speaker: 'unknown'`).
 * Kind: dev texts-8 冒充客服 half A ("淘心购平台的后台操作出现了问题，您的账户将被扣除500元的会员费…请您提供您的
 * 账户信息"), counted on half B; our own SMS. Examples our own.
 */
export default defineTactic({
  id: 'contact.details-request',
  stage: 'contact',
  description: {
    zh: '来信要您提供、发送、填写或回复个人信息、账户、身份证、卡号，或“完成相关操作”“进行身份验证”',
    en: 'The message asks you to give, send, fill in or reply with your details, account, ID or card, or to "complete the steps" or "verify your identity"',
  },
  weight: 0,
  role: 'component',
  // The score's frame, not evidence for the text model (which never saw it in training).
  scoreOnly: true,
  speaker: 'unknown',
  cues: [
    ...HAND_OVER_DETAILS,
    { request: { act: ['act.complete'], object: ['obj.step'] } },
  ],
  unless: [
    ...OWN_APP_OR_PAGE,
    // The platform's own menu path beyond 我的 ("微信“我-服务-钱包”": a hyphen between two Chinese characters is
    // dropped by normalisation, so the path reads "我服务钱包").
    '“我服务', '"我服务', '“我设置', '"我设置', ...IN_APP_PATH,
    // The citizen's own account of someone's ask ("说要给我理赔，让我加他微信，我直接挂了"): a report, not the notice.
    '让我', '叫我', '要我', '问我要',
  ],
  guards: ['warning'],
  negatable: true,
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '请您提供您的账户信息，以便我们进行处理',
      '需要您提供一些信息以便进一步调查',
      '请您提供订单号和退货原因，我们将尽快为您处理',
      '请您按提示完成相关操作',
      '麻烦把您的银行卡号发过来',
    ],
    negative: [
      '【滴滴出行】您的行程费用异议已处理，多收的8.50元已退回您的支付账户',
      '【工商银行】您尾号2210的账户于11月30日转入理赔款3200.00元',
      '请在淘宝APP“我的订单”中提交退货快递单号',
      '我们不需要您提供任何信息',
      '请保护好您的个人信息，不要泄露给他人',
      '【微信支付】你的微信支付账户存在异常，请在微信“我-服务-钱包-帮助中心”中按提示完成身份验证',
      '让我加他微信，我直接挂了',
    ],
  },
});
