/**
 * ncrecall16 kind B (newcomer16's misses): the task scam in ONE message, its prepay-then-rebate priced in the line
 * ("兼职刷单，第一单垫付100返130，第二单垫付500返650", "each task you prepay the order and receive principal plus 15%
 * commission", "we refund the purchase price plus 20% commission", "top up your account for each set of tasks and withdraw
 * with commission"). zh extract.transfer reads an advance with its sum (垫付 + digit) or an order worked (刷单, 拍单, 单做), then
 * 返 + a sum; en extract.fee reads a prepay (prepay, pay for the order, buy the products, top up your account) beside a
 * rebate on top (principal plus, purchase price plus, with commission), and pretext.task-scam the job's other words (boost
 * their ratings, review tasks, each set of tasks). Twins: a carrier's 充100返20, a shop's 满200返30, a bank's 首刷满100返50, a
 * colleague's advance paid back, a shop's prepaid order, a salary plus commission, a cashback, and warnings, all safe.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const flagged = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `flagged: ${t}`, input: sms(t), expect: 'not-safe' }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall16 kind B: prepay a task, get principal plus commission back, in one message', () => {
  runWithAndWithoutModel([
    ...flagged([
      // newcomer16's inputs
      '兼职刷单，第一单垫付100返130，第二单垫付500返650，当天结算，需要的私聊。',
      'Part-time job: buy products on our partner store to boost their ratings, we refund the purchase price plus 20% commission within an hour. First order $50, second $200.',
      'Looking for remote workers: complete product review tasks, each task you prepay the order and receive principal plus 15% commission. Start with $30, earn up to $800 a day.',
      "Hi! I'm Emma from a digital marketing agency. Our app pays you to boost hotel ratings, you top up your account for each set of tasks and withdraw with commission. Interested?",
      // siblings of our own
      '宝妈在家兼职，拍单垫付200返260，十分钟到账，名额有限，加我微信。',
      '招学生兼职：帮商家刷单，垫付50返65，垫付300返390，日结不拖欠。',
      '淘宝刷信誉，单做100返120，做得多返得多，有意者私聊。',
      '在家动动手指，垫付的本金加佣金立返，一单垫付88返108，感兴趣回复1。',
      '点赞兼职升级了：做任务先垫付500返600，垫付2000返2500，多劳多得。',
      '你好，商家招兼职，帮忙拍单，一单垫付300返360，半小时返款，有意加我。',
      '兼职福利：做任务垫付60返78，垫付600返780，当天到账。',
      'Remote job: boost their ratings by buying items on our store, we refund the purchase price plus 10% commission right away.',
      'Earn from home! Pay for the order first, then receive principal plus commission within 30 minutes. First task $20.',
      'We are hiring for rating tasks: prepay each order and you get your capital plus 25% back the same day.',
      'Hotel review job: top up your account for each set of tasks, withdraw with commission after every set.',
      'Amazon seller helpers needed: buy the products with your own card, we reimburse the purchase price plus 15% per order.',
      "Hi, I'm Grace from a marketing agency, we pay people to boost ratings. You prepay $100, we return principal plus commission.",
      'Side hustle: complete order tasks, each task you prepay and receive price plus 20%. Start with $50.',
    ]),
    ...safe([
      '【中国移动】充值100返20元话费，活动截止本月底，详情咨询10086。',
      '【某超市】会员日满200返30元购物券，欢迎光临。',
      '【某银行】信用卡新户首刷满100返50元，详询客服。',
      '【电信】充值100返20元话费，活动至月底。',
      '上周团建的钱我先垫付的，财务说下月随工资返还。',
      '【京东】您的订单返现15元已到账，可在钱包查看。',
      '【反诈提醒】刷单就是诈骗！凡是“先垫付、后返利”“第一单返佣、联单任务”的都是骗局，请勿相信。',
      'Prepay your order today and get free shipping on all items.',
      'Your order has been prepaid. The courier will deliver it tomorrow.',
      'We refund the purchase price within 14 days if you are not happy with the product.',
      'Our sales team earns a base salary plus commission, apply on our careers page.',
      'Warning: jobs that ask you to prepay orders for principal plus commission are scams.',
      'Cashback: buy products from our partner stores and earn 2% back in points.',
      "Reminder: No legit employer will ask you to prepay for tasks or buy a starter kit. If a 'job' asks you to deposit money first, it's a scam.",
    ]),
  ]);
});
