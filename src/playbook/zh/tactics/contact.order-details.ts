import { defineTactic } from '../../schema.ts';

export default defineTactic({
  id: 'contact.order-details',
  stage: 'contact',
  description: {
    zh: '对方报出您的订单号、商品、购买时间或支付宝账号来取得信任，或要您把订单号报给他',
    en: 'The caller recites your order number, item, purchase time or Alipay account to gain trust, or has you give them the order number',
  },
  weight: 8,
  cues: [
    { any: ['订单编号是', '订单号是', '订单尾号', '订单号码是', '您的订单号', '你的订单号', '您的支付宝账号是', '您的支付宝账号', '核对一下您的订单', '核实一下您的订单', '核对一下订单信息', '购买时间是'] },
    // "您在3月5号买的那罐奶粉，对吧": the caller reading your purchase back to you.
    {
      all: [
        ['您在', '您于', '您之前', '您前几天', '您上个月', '您上周', '您最近', '你在', '你之前', '你前几天', '你上周', '你最近'],
        ['购买', '买的', '买了', '下单', '拍下', '拍的', '下的单'],
        ['是吗', '对吧', '对吗', '是不是', '没错吧', '对不对', '没错', '是您本人'],
      ],
      within: 40,
    },
    // Article case 2: the caller has you send the order number to them.
    { all: [['提供', '报一下', '发给我', '告诉我', '发我', '念一下'], ['订单号', '订单编号']], within: 12 },
    { entity: 'order-number', near: ['您的订单', '您在', '您购买', '你买的', '您买的', '订单号是'], within: 20 },
  ],
  unless: ['我的订单', '我买的', '我在', '我下单', '查询订单', '请登录', '请打开'],
  guards: ['warning'],
  advice: ['hang-up-verify-in-app'],
  examples: {
    positive: [
      '您在3月5号在我们店买了一罐飞鹤奶粉，对吧',
      '跟您核对一下订单信息，订单编号是4012 8836 5521',
      '你前几天在拼多多下单了一条连衣裙，是不是',
      '您的支付宝账号是138开头的对吧，购买时间是上周五晚上',
      '您上个月在我们旗舰店购买的卸妆棉，收货人是王女士没错吧',
      '我看到您的订单尾号是6621，买的是儿童电话手表',
      '您于本月12日购买了一台空气炸锅，是您本人吗',
      '你之前在抖音买了一双运动鞋对不对',
      '麻烦您把订单号发给我，我这边给您登记理赔',
    ],
    negative: [
      '我的订单号是4012 8836 5521，麻烦帮我查一下',
      '我买的那件外套一直没发货',
      '请登录淘宝APP，在我的订单中查看物流详情',
      '妈，你上次说想买的那个按摩仪我帮你下单了',
      '订单已完成，欢迎再次光临本店',
      '我在京东买了个电饭煲，质量还不错',
      '你去哪家店买的这个杯子，挺好看',
      '本周订单量比上周增长了百分之十二',
    ],
  },
});
