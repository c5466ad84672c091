import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'extract.personal-info',
  stage: 'extraction',
  description: {
    zh: '笼统地要您提供或填写“个人信息”“相关信息”（跟在退款、理赔等借口后面时就是索要）',
    en: 'Asks you to give or fill in "your personal information" or "the relevant information" (after a refund or claim story, it is the ask)',
  },
  // Weak on its own (agents ask for "相关信息" every day); the request grammar makes it count after a
  // pretext or an impersonation (composites), never in the strong-extraction composites.
  weight: 15,
  cues: [
    { request: { act: ['act.give', 'act.tell', 'act.send', 'act.fill'], object: ['obj.info'] } },
  ],
  unless: ['保护好', '保护个人信息', '泄露', '不要提供', '隐私政策'],
  guards: ['warning'],
  advice: ['never-share-card', 'hang-up-verify-in-app'],
  examples: {
    positive: [
      '为了给您退款，需要您提供个人信息',
      '请您点击链接，填写相关信息即可开通',
      '麻烦把您的个人资料发过来，我给您登记理赔',
      '理赔需要您填写一下个人信息',
      '请告诉我您的相关信息，我帮您处理',
    ],
    negative: [
      '请保护好个人信息，不要泄露给他人',
      '相关信息已更新，请在APP内查看',
      '我们不需要您提供任何个人信息',
      '我已经把个人信息填好了',
      '个人信息保护法今天实施',
    ],
  },
});
