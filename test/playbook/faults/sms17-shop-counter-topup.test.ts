/**
 * sms17 kind S (session 17, issue 8 §4: real normal SMS flagged): a shop's stored value filled at its own counter, its bonus
 * "可提现" ("【xx洗衣】充值xxx送xx，余额可提现可退卡，欢迎到店办理", "健身中心充值DIGIT元返DIGIT元，返现可随时提现，详询前台"), read
 * as the task scam's top-up that earns (extract.transfer + extract.platform-topup on 充值 x 提现: scam 85 with no advert mark,
 * suspicious 69 under one — gate16 only capped the verdict). The old masked adverts and their LLM rewrites in the real-SMS
 * source write these at salons, gyms, laundries and petrol stations. Now the two tactics' `ordinary` (src/playbook/zh/
 * shop-counter.ts): a sentence naming the shop's counter as where to top up (到店办理, 详询前台, 请到收银台办理, 本站柜台…)
 * is no top-up asked unless the turn holds what no till says (a story, a fee or a step before the payout, a task or a return,
 * an app, a link, a WeChat, a personal account or payment code, a card or a code); and a shop's points doubled (积分翻倍) is
 * no return for extract.platform-topup. Before -> after (with the model): sms17's own corpus 8 top-up lines scam 85 / 69 x4 /
 * 45 / 40 x2 -> 0 (two left: an address only, 提现到微信零钱 beside 到店扫码); the 11 siblings written here 85 x2 / 69 x2 /
 * 45 / 40 x2 (4 read 0 before) -> 0.
 * Twins: the same counters with a frozen card, a prize, a deposit, a failed withdrawal, an app's task, the owner's WeChat or
 * payment code, a card and code: all stay flagged with the verdicts they had. With the model and without.
 */
import { describe } from 'vitest';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const safe = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} safe: ${t}`, input: sms(t), expect: 'safe' }));
const caught = (title: string, texts: string[]): FaultCase[] => texts.map((t) => ({ name: `${title} flagged: ${t}`, input: sms(t), expect: 'not-safe' }));

describe('sms17 kind S: a shop\'s stored value filled at its own counter', () => {
  runWithAndWithoutModel([
    ...safe('counter top-up', [
      '【xx洗衣】充值xxx送xx，余额可提现可退卡，欢迎到店办理。',
      '尊敬的客户，NAME健身中心充值DIGIT元返DIGIT元，返现可随时提现，详询前台或拨打PHONE。',
      '【xx书店】充值xxx元返xx元购书券，返现可提现，请到收银台办理。',
      'xx大药房会员日：充值xxx元送xx元，积分翻倍，免费测血压血糖，退订回N。',
      '【xx推拿】会员储值1000元送300元，赠送金额可提现，详询前台。',
      '【xx游泳馆】暑期充值2000元返400元现金，返现可随时提现，前台办理。',
      '亲爱的会员，NAME汽车美容充值DIGIT元送DIGIT元，余额可提现，到店即可办理。',
      '【xx干洗】老客户充值500送100，返现可提现至原付款账户，请到收银台办理。',
      '【xx影城】会员卡充值300元送60元，余额可申请提现，详询门店，退订回T。',
      '【xx烤肉】店庆：储值800元返160元，返现部分可提现，到店即享。',
      'xx理发店：充值xxx送xx，余额可提现可退，咨询前台，地址xx街xx号。',
      '【xx便利店】会员充值200元返20元，返现可提现，门店店员为您办理。',
      '【xx母婴】会员日充值500元送100元，积分翻倍，赠送金额可提现，退订回N。',
      '【xx加油站】油卡充值2000元返100元，返现可提现，本站柜台办理。',
      '【xx水果店】充值300送50，余额可提现，到店扫码即可办理。',
    ]),
    ...caught('counter words with a story, a fee, a task or a move', [
      '【xx推拿】您的会员卡已被冻结，需到店前台充值1000元解冻后才能提现。',
      '【xx游泳馆】充值2000元返400元，请下载xx理财APP充值做任务，返利随时提现，前台办理。',
      '亲爱的会员，NAME汽车美容充值返现活动，请加店长微信转账充值DIGIT元，返现私下发放。',
      '【xx干洗】恭喜获得返现资格，需先交保证金500元才能提现，请到收银台办理。',
      '【xx影城】您的会员卡退款失败，需充值300元验证账户后才能退回，详询门店。',
      '【xx烤肉】店庆：充值800元返160元，请把银行卡号和验证码发给店长办理，到店即享。',
      'xx理发店：您的账户涉嫌洗钱已被冻结，需充值xxx元验证流水后才能提现，咨询前台。',
      '【xx便利店】恭喜您中奖5000元，领奖前需先充值500元激活账户，门店店员为您办理。',
      '【xx加油站】您的油卡返现已到账但提现失败，需先充值2000元激活才能提现，本站柜台办理。',
      '【xx水果店】充值300送50，请扫描店长发的收款码转账到他的个人账户，到店扫码即可办理。',
      '【xx母婴】充值返利：在平台充值越多返利越高，佣金随时提现，到店参与。',
      '【xx美发】会员日活动：您的会员卡余额已被冻结，需先充值xxx元激活后才能提现。',
      'NAME健身：恭喜获得返现资格，需先充值DIGIT元保证金才能提现，返现随时到账。',
      '【xx蛋糕】会员卡充值返现，请下载xx理财APP充值300元做任务，返利可提现。',
    ]),
  ]);
});
