// The sample calls behind /call's demo buttons. Written for fanzha by its authors (not taken from
// any dataset): a scam call that follows the refund script stage by stage, and a genuine delivery
// and refund call that asks for nothing.
export const SAMPLES = {
  zh: {
    scam: [
      { speaker: 'caller', text: '您好，请问是王阿姨吗？我是京东商城的售后客服，您上个月在我们平台买的那台电饭煲，订单尾号是4182，对吧？' },
      { speaker: 'user', text: '对，是我买的，怎么了？' },
      { speaker: 'caller', text: '是这样的，这批电饭煲检测出有质量问题，我们主动给您办理三倍赔偿，理赔四百五十元。' },
      { speaker: 'user', text: '还有这种好事？那要怎么弄？' },
      { speaker: 'caller', text: '理赔要走专门的通道，您先下载一个会议软件，然后开启屏幕共享，我一步一步教您操作。' },
      { speaker: 'user', text: '屏幕共享？好吧，我试试。' },
      { speaker: 'caller', text: '等一下银行会给您发一个验证码，您把验证码念给我，钱马上就到账。' },
      { speaker: 'caller', text: '这是内部的赔偿名额，您先别告诉家里人，也不要挂电话。' },
    ],
    genuine: [
      { speaker: 'caller', text: '您好，这里是京东快递，您有一个包裹今天下午送到，请问家里有人吗？' },
      { speaker: 'user', text: '有人，下午都在。' },
      { speaker: 'caller', text: '好的，那我三点左右给您送上门，到楼下给您打电话。' },
      { speaker: 'user', text: '好的，谢谢。' },
      { speaker: 'caller', text: '不客气，祝您生活愉快，再见。' },
    ],
  },
  en: {
    scam: [
      { speaker: 'caller', text: 'Hello, is that Mrs Wang? This is JD.com after-sales customer service. You bought a rice cooker from us last month, order ending 4182, is that right?' },
      { speaker: 'user', text: 'Yes, that was me. What is wrong?' },
      { speaker: 'caller', text: 'That batch of rice cookers failed a quality check, so we are giving you a refund of three times the price as compensation.' },
      { speaker: 'user', text: 'Really? What do I need to do?' },
      { speaker: 'caller', text: 'The refund goes through a special channel. Please download a meeting app and share your screen, and I will guide you step by step.' },
      { speaker: 'user', text: 'Share my screen? All right, I will try.' },
      { speaker: 'caller', text: 'Your bank will now text you a verification code. Read the code to me and the money arrives at once.' },
      { speaker: 'caller', text: 'This compensation is an internal quota, so do not tell your family, and do not hang up.' },
    ],
    genuine: [
      { speaker: 'caller', text: 'Hello, this is JD.com delivery. A parcel for you arrives this afternoon. Will someone be at home?' },
      { speaker: 'user', text: 'Yes, I am in all afternoon.' },
      { speaker: 'caller', text: 'Good, I will bring it around three and ring you from downstairs.' },
      { speaker: 'user', text: 'Fine, thank you.' },
      { speaker: 'caller', text: 'You are welcome, have a nice day. Goodbye.' },
    ],
  },
};
