/**
 * Kinds a newcomer found (issue 8, probes of 191 texts at a1fc6b1), each with siblings of our own:
 *  1. mixed Chinese–English messages: a request whose act or object is in one language and the rest in
 *     the other ("provide 银行卡 number and 验证码", "please tell me 验证码", "add 我 WeChat") is read by
 *     the Chinese playbook with the English words as their Chinese synonyms (src/playbook/zh/variants.ts,
 *     kind 'english'), and the request window counts an English word as one (lexicon.ts windowUnit);
 *  5. dialect and typing errors: homophone typos of the key words (警查, 身粉证, 会意, 验正码) and common
 *     Cantonese and Shanghainese forms (话我知, 同埋, 俾, 侬, 阿拉是) as variant data, not per input.
 * Hard negatives: ordinary mixed-language chat, warnings in English, Cantonese small talk, 阿拉伯, 会意地笑.
 */
import { describe, it } from 'vitest';
import { runCase, sms, chat, type FaultCase } from './helpers.ts';

describe('mixed Chinese–English: acts and objects read across languages (issue 8 §1.1)', () => {
  const CASES: FaultCase[] = [
    { name: 'provide 银行卡 number and 验证码', expect: 'not-safe', tactics: ['extract.card-credentials'], input: sms('Dear customer 您好，your 淘宝 order refund 需要您 provide 银行卡 number and 验证码 to 客服') },
    { name: 'please tell me 验证码 after a refund story', expect: 'scam', tactics: ['extract.verification-code'], input: sms('我是京东客服，给您退款，please tell me 验证码') },
    { name: 'add 我 WeChat after a quality problem', expect: 'not-safe', tactics: ['shift.group'], input: sms('淘宝 customer service here，你的 order 有 quality problem，我们给你退款，add 我 WeChat tb9988') },
    { name: 'download zoom for a double refund', expect: 'scam', tactics: ['shift.screen-share'], input: sms('Hi 亲，your order 有 quality problem，我们给你 double refund，请 download 一下 zoom 我教你操作') },
    { name: 'borrow from 借呗 then transfer', expect: 'scam', tactics: ['extract.loan'], input: sms('您好，我是支付宝客服，你的 credit score 太低，需要 borrow 一点钱 from 借呗 then transfer 给我们验证') },
    { name: 'send me 银行卡号 after triple compensation', expect: 'scam', tactics: ['extract.card-credentials'], input: sms('拼多多售后：您的商品有质量问题，给您三倍理赔，please send me 您的银行卡号') },
    { name: 'download a meeting app, then share screen', expect: 'scam', tactics: ['shift.screen-share'], input: sms('我是抖音客服，你的会员要扣费，请 download 腾讯会议，then share screen 给我') },
    { name: 'transfer to this account to activate a refund', expect: 'scam', tactics: ['extract.transfer'], input: sms('Hello，我是京东 customer service，您的订单 refund 失败，请 transfer 500 元到这个账户激活退款') },
    { name: 'read out the verification code', expect: 'not-safe', tactics: ['extract.verification-code'], input: chat('亲，退款需要 verification code，请 read out 给我') },
    { name: 'enter your password on this page', expect: 'not-safe', tactics: ['extract.card-credentials'], input: sms('您好，淘宝 refund 专员，please enter 您的银行卡 password 在这个页面') },
    { name: 'a lost parcel and add WeChat', expect: 'not-safe', input: sms('亲，您的 parcel lost 了，我们给您理赔，please add 我的 WeChat kd8866') },
    { name: 'English negation does not hide a later request', expect: 'scam', input: sms("我是淘宝客服，don't worry，please tell me 验证码") },
    // Hard negatives: mixed-language everyday text and warnings.
    { name: 'hard negative: a meeting and a download at work', expect: 'safe', input: chat('我们的 meeting 改到下午三点，记得 download 最新的 PPT') },
    { name: 'hard negative: a school app download link', expect: 'safe', input: chat('这个 app 的 download 链接在官网，孩子上网课要用') },
    { name: 'hard negative: a bank never asks for codes', expect: 'safe', input: sms('银行 never ask 验证码，请勿告诉任何人') },
    { name: 'hard negative: an English warning then a Chinese one', expect: 'safe', input: sms('The police will never ask you to transfer money to a safe account. 如果有人说要把钱转到安全账户，请立即报警。') },
    { name: 'hard negative: a shipping notice in mixed words', expect: 'safe', input: sms('你的 order 已经发货了，please check 淘宝 APP 物流信息') },
    { name: 'hard negative: my own refund arrived', expect: 'safe', input: chat('我在 Taobao 买的衣服 refund 已经到账了，好开心') },
    { name: 'hard negative: log in to the company OA', expect: 'safe', input: chat('Please login 公司 OA 系统填写年假申请') },
    { name: 'hard negative: a teacher posted the zoom class link', expect: 'safe', input: chat('孩子的 zoom 网课链接老师已经发到家长群了') },
    { name: 'hard negative: sharing my screen at a meeting', expect: 'safe', input: chat('老板，明天的 meeting 我 share screen 讲一下方案') },
    { name: 'hard negative: a friend adds WeChat to send a location', expect: 'at-most-suspicious', input: chat('周末一起去吃火锅吧，我 add 你 WeChat 发位置') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});

describe('dialect and homophone typos read as the standard word (issue 8, variants.ts)', () => {
  const CASES: FaultCase[] = [
    { name: '警查 and 身粉证 asking for money out of the card', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('你好 我是警查 你的身粉证被人冒用了 现在需要你把银行卡里的钱转到安全账户') },
    { name: '公an局 and shen份证', expect: 'scam', tactics: ['extract.transfer'], input: sms('我是公an局的，你的shen份证涉及一起案件，你把钱转到我们指定的账户做资金核查') },
    { name: '经察 and 安全帐户', expect: 'not-safe', tactics: ['extract.transfer'], input: sms('你好，我是经察，你涉嫌洗钱，需要把钱转到安全帐户配合调查') },
    { name: 'Cantonese: card number 同埋 code 话我知', expect: 'scam', tactics: ['extract.verification-code'], input: sms('老表，我系京东客服啦，你嗰单嘢有问题，要退钱俾你，你将张卡号同埋验证码话我知先') },
    { name: 'Cantonese: download a meeting app to 攞钱', expect: 'scam', tactics: ['shift.screen-share'], input: sms('阿姨，我系淘宝售后，你买嘅电饭煲有问题，赔三倍俾你，你下载个腾讯会议我教你点攞钱') },
    { name: 'Cantonese: a lost parcel and the card number', expect: 'scam', tactics: ['extract.card-credentials'], input: sms('我系快递公司理赔专员，你嘅包裹唔见咗，赔偿俾你，你张卡号同埋验证码发俾我') },
    { name: 'Shanghainese: 侬 … 报拨我听', expect: 'scam', tactics: ['extract.verification-code'], input: sms('侬好，阿拉是淘宝客服，侬买额衣裳有质量问题，要退款，侬把验证码报拨我听一下') },
    { name: '定单有问提 and 钉钉会意', expect: 'scam', tactics: ['shift.screen-share'], input: sms('您好我是淘宝客服，您的定单有问提，需要给您退款，请下载钉钉会意我给您操作') },
    { name: '手机受到的验证妈', expect: 'scam', tactics: ['extract.verification-code'], input: sms('亲，我是拼多多客服，你买的东西有问提要给你退款，把手机受到的验证妈发我') },
    { name: '下栽腾讯会意 to cancel a student account', expect: 'scam', input: sms('我是京东金融客服，你的学生帐户要注销，否则影响征信，请下栽腾讯会意我教你操作') },
    { name: '银航卡 and 保正金', expect: 'not-safe', input: sms('您的贷款已审批，请先交保正金到银航卡才能放款') },
    // Hard negatives: everyday dialect and words that contain a variant's characters.
    { name: 'hard negative: Cantonese tea invitation', expect: 'safe', input: chat('我系你表哥啊，听日一齐去饮茶，同埋叫埋你老妈') },
    { name: 'hard negative: 阿拉伯语 class', expect: 'safe', input: sms('阿拉伯语课程下周开始，请同学们准时参加') },
    { name: 'hard negative: 话我知 when you arrive', expect: 'safe', input: chat('话我知你几点到，我去车站接你') },
    { name: 'hard negative: Shanghainese dinner talk', expect: 'safe', input: chat('侬今朝夜饭吃啥？阿拉这边落雨了') },
    { name: 'hard negative: 俾啲时间我', expect: 'safe', input: chat('俾啲时间我，我迟啲打俾你') },
    { name: 'hard negative: 会意地笑', expect: 'safe', input: chat('他会意地笑了笑，没有说话') },
    { name: 'hard negative: getting an ID card at the police station', expect: 'safe', input: chat('我明天去派出所办身份证，警察说要带户口本') },
    { name: 'hard negative: Cantonese refund arrived', expect: 'safe', input: chat('我喺淘宝买咗件衫，退款已经到账啦') },
    { name: 'hard negative: Cantonese meeting moved', expect: 'safe', input: chat('今日嘅会议改到下昼三点，记得带电脑') },
    { name: 'hard negative: 定单 confirmed by a shop', expect: 'safe', input: sms('定单已确认，我们会尽快安排发货') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });
});
