/**
 * ncfp16 kind J (session 16, newcomer16's rt1-rt3): a bill paid to its OWN payee's usual or company account read as a money ask
 * ("小王，这个月房租3500，还是转到我招行卡上，卡号6225…" suspicious 65; "学费…转账至公司对公账户" 45; "物业费…可转账至物业公司对公账户：
 * XX物业管理有限公司…账号1202…" 45). src/playbook/zh/own-payee.ts: the usual account said as usual (还是/照旧/老样子/跟以前一样 +
 * 转到我…) or the biller's own company account (本公司/物业公司/我园/驾校 对公账户) is the `ordinary` of extract.transfer,
 * extract.money-request and extract.to-written-card, unless the turn names a new or another's account, urgency or secrecy,
 * a boss or an office, or a scam's fee. Twins: a boss, a "landlord" with a new card, a fake teacher, a lender asking a
 * transfer to an account they name stay flagged. With and without the model; the first three safe lines are the newcomer's.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `own payee safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `named account flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe("ncfp16 kind J: a bill paid to the payee's usual or company account is no ask", () => {
  runWithAndWithoutModel([
    ...safe([
      '小王，这个月房租3500，还是转到我招行卡上，卡号6225 8812 3456 7890，转完微信说一声。房东刘阿姨',
      '尊敬的NAME，您报名的PLACE英语培训课程需在DIGIT日前缴纳学费DOLLAR元，您可以通过微信扫描前台二维码或转账至公司对公账户完成缴费。',
      '物业费通知：302室本年度物业费2160元，请于本月底前缴纳，可转账至物业公司对公账户：XX物业管理有限公司 开户行工行XX支行 账号1202 0200 0900 1234 567。',
      '小李，下个季度房租9000，还是老样子打到我建行卡上，尾号8812，收到给你发收据。',
      '各位业主：2026年度物业费请于12月31日前缴清，可在物业前台刷卡，或转账至本公司对公账户，转账时请备注房号。',
      '家长您好，孩子下学期托管费2800元，请转账至我园对公账户，账号见缴费通知单，转账后备注孩子姓名。',
      '王姐，这个月保洁费600，跟以前一样转我农行卡就行，收到给你回个信息。',
      '【XX驾校】您的学车费用尾款1500元请于本周内缴清，可到校区前台缴纳或转账至驾校对公账户，备注学员姓名。',
      '张先生您好，您家的燃气改造费380元，可在营业厅缴纳或转账至燃气公司对公账户，转账请备注户号。',
      '小陈，这个月车位租金400，照旧转到我工行卡上，转好跟我说一声。',
      '尊敬的会员，您的年卡续费DOLLAR元可在前台刷卡，或对公转账至本公司账户，开具发票请联系前台。',
    ]),
    ...caught([
      '小王，我是你们刘总，有笔合同款急着付，你先转20万到这个对公账户：XX贸易有限公司，账号6225 8812 3456 7890，转完告诉我。',
      '小王，我是房东，我换了张新卡，这个月房租3500转到这个卡上，卡号6222 0212 3456 7890，原来的卡不用了。',
      '我是你们李老师，学校统一收学费，每人1280元，转到这个私人账户：6228 4800 1234 5678，今天截止。',
      '你好，我是物业的，你家物业费欠了2160元，今天不交就停水停电，马上转到我个人卡上：6217 0000 1234 5678。',
      '我是王总，这是我新号，客户的货款要马上付，你转50万到对方公司对公账户，账号1202 0200 0900 1234 567，别跟别人说。',
      '房东说他卡被冻结了，让我这个月房租转到他朋友的卡上，卡号6225 8812 3456 7890。',
      '小刘，我是你表哥，我换号了，急用钱，还是转到我招行卡上，卡号6225 8812 3456 7890，明天还你。',
      '您的贷款已审批，需先缴纳3000元保证金至公司对公账户：XX金融服务有限公司，账号6225 8812 3456 7890，缴纳后放款。',
      '家长您好，我是班主任，孩子下学期资料费380元，不要交到学校账户，直接转到我个人卡6228 4800 1234 5678，今天截止。',
      '我是你们赵总，在开会不方便说话，你先帮我往这个对公账户转15万：XX科技有限公司，账号6225 8812 3456 7890。',
      '小王，我是刘总，公司对公账户今天用不了，你先把货款转到我个人卡上6222 0212 3456 7890。',
      '您的订单退款已原路退回，但系统多退了600元，请将多退的款项转回本公司对公账户，以免影响您的信用。',
    ]),
  ]);
});
