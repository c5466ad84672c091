import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'shift.app-download',
  stage: 'shift',
  description: {
    zh: '要您下载对方指定的“退款”“理赔”APP或从链接安装软件',
    en: 'Tells you to download a "refund" or "claims" app they name, or to install an app from their link',
  },
  weight: 20,
  cues: [
    // The request grammar (../lexicon.ts): download / install × a refund or claims app, an app from a link, an APK.
    { request: { act: ['act.install'], object: ['obj.refund-app'] } },
  ],
  guards: ['warning'],
  advice: ['no-app-download', 'refund-never-needs-payment'],
  examples: {
    positive: [
      'Please download the Lazada Refund app from this link and login with your banking app.',
      'Install the claims app we sent you to receive the compensation.',
      'Download the compensation app from the link below to get your money back.',
      'Please install this APK so the refund can be processed.',
      'Download our refund application and register with your card.',
    ],
    negative: [
      'Download the Temu app to track your order.',
      'Never install a refund app a caller sends you.',
      'You can track your refund in the Amazon app under Your Orders.',
      'I downloaded the new banking app yesterday.',
      'The app store is down this morning.',
    ],
  },
});
