/**
 * newcomer15 kinds 1 and 2: the code and the card asked for without their names.
 *  1. The code by how many digits it has or as "that string of digits" ("刚才系统给您发了个四位的数，您报一下", "就是那一串数，
 *     您发我一下", "信息里面有六个数您念一下": safe 0 / safe 30). obj.code (src/playbook/zh/lexicon.ts CODE_BY_COUNT) holds a
 *     count (四–八, 几) × 位/个 × 数/数字/码 and 那(一)串数; counts of other things ("六个数据", "年薪六位数") are grammar nouns.
 *  2. The card's number by where it is printed ("把正面那一排数字报给我，背面那三位也说一下" 40, "卡上的号码说一下" safe 32,
 *     "存折卡的号码念给我听一下" 69): obj.card-face with the card named in the sentence (ctx.card-held), read by
 *     extract.card-credentials. Every line is our own writing (the inputs are the newcomer's probes).
 */
import { describe } from 'vitest';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('kind 1: the code by its digit count (inputs and siblings)', () => {
  run([
    { name: 'input: four digits, report them', input: sms('叔叔，退款马上就到了，刚才系统给您发了个四位的数，您报一下我这边好录入。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'input: that string of digits', input: sms('亲，退款要确认本人，我们给您发了个码，就是那一串数，您发我一下就行。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'input: six numbers, unpunctuated', input: sms('喂大爷您前几天在手机上买的那个老花镜不合格我们要赔您钱您看一下手机上是不是来了一条信息里面有六个数您念一下我给您登记'), expect: 'scam' },
    { name: 'input: six digits read out', input: sms('您好，我是店铺售后，您的商品有质量问题给您退款，您手机上收到一条短信，里面有六位数，您读给我听一下。'), expect: 'scam' },
    { name: 'a call, five digits', input: callerCall('您好我是拼多多售后，您买的电饭煲被召回了，给您双倍赔偿', '您手机马上有条短信，里面有五个数字，您念给我'), expect: 'scam' },
    { name: 'digits as numerals', input: chat('快递理赔专员这边，赔款要打给您，系统发了个6位的数字，您告诉我一下。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'how many digits, asked', input: chat('您那边收到的是几位数？您直接报给我，我好给您退保证金。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'the string, elderly register', input: chat('阿姨您别慌，短信里的那串数您慢慢念给我听，念完退款就到。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'a code by count', input: chat('抖音会员这边帮您关闭扣费，您把刚收到的四位码发我一下。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'eight digits, loan story', input: chat('您的贷款已审批通过，系统发了一串八位的数字，您报给我就能放款。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'fake police, six digits', input: chat('我是派出所的，你的卡涉嫌洗钱，马上有个六位的码发到你手机，你把它告诉我核实。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'this string of digits', input: chat('亲，这一串数字您截图发我，我这边给您补发优惠券和退款。'), expect: 'not-safe', tactics: ['extract.verification-code'] },
  ]);
});

describe('kind 1: hard negatives, counts that are no code', () => {
  run([
    { name: 'salary in six figures', input: chat('年薪六位数，你把期望告诉我，我帮你推荐岗位。'), expect: 'safe' },
    { name: 'six data points', input: chat('这六个数据你发我一下，我做个表。'), expect: 'safe' },
    { name: 'a sum of five figures', input: chat('装修花了五位数的存款，你说一下哪家好。'), expect: 'safe' },
    { name: 'a bank OTP', input: sms('【招商银行】您的动态码为482917，为6位数字，请勿告知他人。'), expect: 'safe' },
    { name: 'homework', input: chat('老师说把这四个数的和算出来告诉她。'), expect: 'safe' },
    { name: 'a pickup code written out', input: sms('【菜鸟驿站】您的包裹已到站，取件码为6位数字 3-5-2108，请凭码取件。'), expect: 'safe' },
    { name: 'a son warns', input: chat('妈，手机上那串数别念给任何人，那是骗子要的。'), expect: 'safe' },
    { name: 'lottery', input: chat('这期双色球我就买那六个数，你路过彩票站帮我买一注。'), expect: 'safe' },
    { name: 'a door code', input: chat('小区门禁是四位数的密码，我发你微信上了。'), expect: 'at-most-suspicious' },
    { name: 'a bank saying never', input: sms('【农业银行】任何人向您索要短信里的那串数字都是诈骗，请勿告知他人。'), expect: 'safe' },
    { name: 'a price', input: chat('这块表五位数的价格，你问一下专柜。'), expect: 'safe' },
    { name: 'a phone number', input: chat('快递员那串数字我记不住，你把电话号码发我。'), expect: 'at-most-suspicious' },
  ]);
});

describe('kind 2: the card number said by where it is printed (inputs and siblings)', () => {
  run([
    { name: 'input: the front row and the three on the back', input: sms('您好售后这边给您赔偿，您拿一下您的银行卡，把正面那一排数字报给我，背面那三位也说一下。'), expect: 'scam', tactics: ['extract.card-credentials'] },
    { name: 'input: the number on the card', input: sms('给您理赔三百块，您平时工资卡是哪个银行的，卡上的号码说一下我这边登记打款。'), expect: 'scam', tactics: ['extract.card-credentials'] },
    { name: 'input: the passbook card', input: sms('阿姨您好我这边是您网上买东西那个店的售后您买的那个保健枕头出了点问题厂家要召回的我们给您把钱退回去您把您那个存折卡的号码念给我听一下'), expect: 'scam', tactics: ['extract.card-credentials'] },
    { name: 'a call, the face of the card', input: callerCall('您好这里是京东售后，您的订单商品有质量问题，给您三倍赔付', '您把银行卡拿出来，卡面上的数字念给我'), expect: 'scam' },
    { name: 'the back digits', input: chat('快递丢件给您赔偿，您信用卡背面的三位数发我一下，我这边登记。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the passbook number', input: chat('大爷，退款要打到您存折上，存折的号码您念一下。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the card number, plainly', input: chat('您这边要退运费险，您用的那张卡的号码告诉我一下。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the row on the front', input: chat('您把储蓄卡翻过来，正面的那串数字拍给我，我给您打款。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'loan story', input: chat('贷款下来了要打到您卡上，您卡上的号码发我核对一下。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'the back, three numbers', input: chat('亲，为了给您退款，麻烦把信用卡背后那三个数字报一下。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
    { name: 'dialect', input: chat('嬢嬢，给你赔钱哈，你那个银行卡卡面的号码给我念一哈。'), expect: 'not-safe', tactics: ['extract.card-credentials'] },
  ]);
});

describe('kind 2: hard negatives, numbers printed on other things', () => {
  run([
    { name: 'an invoice', input: chat('发票正面那一排数字报给我，我录一下税号。'), expect: 'safe' },
    { name: 'a bank warns', input: sms('【工商银行】银行卡背面那三位数字是安全码，任何人索要都不要告诉。'), expect: 'safe' },
    { name: 'a parcel label', input: chat('快递单正面那一排数字就是单号，你自己查一下。'), expect: 'safe' },
    { name: 'a meter', input: chat('电表上面的数字你拍给我，我算一下电费。'), expect: 'safe' },
    { name: 'a loyalty card', input: chat('会员卡上的号码报给收银员就能积分。'), expect: 'safe' },
    { name: 'a train ticket', input: chat('车票正面的号码是检票口，你看一下。'), expect: 'safe' },
    { name: 'the bank counter', input: sms('【建设银行】请携带本人身份证及银行卡到网点柜台办理，卡上的号码无需提前告知。'), expect: 'safe' },
    { name: 'a gift card the reader sells', input: chat('你那张超市购物卡的号码发我，我帮你挂闲鱼卖了。'), expect: 'at-most-suspicious' },
    { name: 'a family member', input: chat('妈，你银行卡上的号码发我，我给你转生活费。'), expect: 'at-most-suspicious' },
    { name: 'a news story', input: sms('警方提醒：骗子常让老人把银行卡正面那一排数字和背面那三位念给他听，遇到立即挂断。'), expect: 'safe' },
    { name: 'a student ID', input: chat('学生证正面的号码填到表里，班长统计。'), expect: 'safe' },
  ]);
});
