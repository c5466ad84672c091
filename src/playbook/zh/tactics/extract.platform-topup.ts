import { defineTactic } from '../../schema.ts';
import { DEPOSIT_WORDS } from '../deposit-word.ts';
import { SHOP_COUNTER, SHOP_COUNTER_BUT } from '../shop-counter.ts';
import { INSIDE_DEAL, INSIDE_TOPUP, SUM_BONUS } from '../inside-topup.ts';

/**
 * The top-up that "earns": put money into an app, a site or a "platform account" to get returns,
 * commissions or a withdrawal (investment, gambling, task and dating-app scams). A real shop or carrier
 * takes a top-up for a service (话费, 会员), never to pay you a return.
 */
export default defineTactic({
  id: 'extract.platform-topup',
  stage: 'extraction',
  description: {
    zh: '要您往对方的APP、网站或“平台账户”里充值、投钱，许诺返利、收益、佣金或提现',
    en: 'Asks you to top up or put money into their app, site or "platform account", promising returns, commissions or a withdrawal',
  },
  weight: 40,
  cues: [
    { request: { act: ['act.topup', 'act.transfer', 'act.pay', 'act.invest'], object: ['obj.money', 'obj.sum', 'obj.platform', 'obj.app'] }, context: ['ctx.earn'] },
    {
      all: [
        ['充值', ...DEPOSIT_WORDS, '充一笔', '充进去', '投入资金', '投入一笔', '投入两万', '投一点钱', '投点钱', '充钱', '充值任务', '存入一定', '存入账户',
          '往账户里存', '存入平台'],
        ['返利', '收益', '佣金', '赚钱', '赚取', '回报', '分红', '盈利', '提现', '翻倍', '赚很多', '赚大钱', '赚到', '赚更多',
          // A bet or a coin promised to pay ("跟着计划投注包中奖，你先充值五千", "就能涨到五倍，你先充值一万").
          '投注', '下注', '押注', '包中奖', '涨到', '稳赚', '只赚不赔'],
      ],
      within: 30,
    },
    // The inside bonus: a deal only insiders know, a top-up and its sum's bonus ("平台今天有内部活动，充值5万返2万"; ../inside-topup.ts).
    { all: [INSIDE_DEAL, INSIDE_TOPUP, SUM_BONUS], within: 40 },
    // Pay to meet: a membership, "coins" or a top-up before a date ("充值金币才能加微信", "开通会员即可约会").
    {
      all: [
        ['充值', '开通会员', '购买会员', '办理会员', '缴纳会费', '交会费', '打赏', '充钱', '金币'],
        ['约炮', '交友', '约会', '见面', '联系方式', '小姐姐', '加微信', '跟我视频', '和我视频', '才能聊', '跟我聊', '视频聊天', '私密视频'],
      ],
      within: 40,
    },
  ],
  unless: [
    '话费', '流量', '充值成功', '油卡', '加油卡', '公交卡', '水费', '电费', '燃气', '已到账', '理财有风险', '风险提示', '不要充值',
    '银行理财', '基金有风险',
    // A bank's statement of a movement on the reader's own account (sms13 kind 3: "您尾号0412账户退款存入342.08元，余额5,250.10元，
    // 摘要：…", "…跨行转入，对方户名：韦**", "提现转入646.85元，可用余额…"): the statement's own fields in the sentence — the balance
    // after the sum, the memo, the counterparty's name — tell a movement done. An ask in a sentence of its own still reads
    // (test/playbook/faults/account-statement.test.ts).
    '元，余额', '元,余额', '元，可用余额', '元,可用余额', '元，账户余额', '摘要：', '摘要:', '对方户名',
    // Advice to save at a bank ("将资金存入银行的定期存款…获得一定收益") is not a platform's top-up.
    '定期', '存入银行', '低风险',
    // Money moved TO the reader by the sender itself ("本金及收益将于到期日转入您的活期账户", "本月收益已自动转入余额宝"):
    // a bank's or a fund's notice, nothing put in (fp11; our own and the eighth author's notices read 40 standalone).
    // Not 转入您的 alone: a task app's "返利…钱款直接转入您的指定账号" is the lure.
    '自动转入', '到期日转入', '到期后转入', '到期后自动', '转入您的活期', '转入您的社保卡', '工作日内转入',
    // A payout net of the sender's fee ("任务报酬已结算，扣除手续费后将转入您的钱包"): money to the reader.
    '扣除手续费后', '扣除服务费后', '扣除佣金后', '扣除费用后', '扣除个税后',
    // The bank's alert on a transfer the reader is making ("您正在向首次交易的账户转账20,000元，如对方…要求您刷单返利，请立即
    // 停止"): the reader's own transfer, the earn words the scams the bank names (sms15; extract.transfer has 陌生账户).
    '您正在向', '您正在转账', '您本次向', '本次转账', '首次交易的账户', '首次转账的账户', '首次向',
    // More statement fields ('提现转入52.98元，来源：抖音钱包，余额…'): sms15 kind 10.
    '附言：', '附言:', '来源：', '来源:', '交易类型：', '商户：',
    // A shop's points doubled on a member's top-up ("会员日：充值xxx元送xx元，积分翻倍"): 翻倍 names no return (sms17 kind S).
    '积分翻倍', '双倍积分', '积分双倍', '积分加倍',
    // A canteen's or a campus card's top-up ("单位内部福利：食堂饭卡充值100送10"; ncrecall17 kind 1's twins).
    '饭卡', '食堂', '校园卡', '一卡通',
  ],
  // A shop's stored value filled at its own counter (sms17 kind S, ../shop-counter.ts): no top-up that earns.
  ordinary: { words: SHOP_COUNTER, but: SHOP_COUNTER_BUT, butEntities: ['url'] },
  guards: ['warning', 'stored-value'],
  negatable: true,
  advice: ['no-upfront-fee', 'no-app-download', 'no-transfer', 'already-paid'],
  examples: {
    positive: [
      '只需下载APP并充值一些钱，你就可以开始赚钱了',
      '注册账号并充值，你就能赚取高额收益',
      '完成三次充值任务后即可获得返利',
      '你只需要投入两万元，就可以每天赚几百元的收益',
      '先在平台上充值5000元，才能提现之前的佣金',
      '充值越多，返利越高，明天就能提现',
      '为了能加微信，我们需要您充值金币',
      '你只需要往账户里存入一定金额，然后我会帮你操作赚到更多的钱',
      '跟着群里的计划投注包中奖，你先充值五千进去试试',
      '你先投入1000块试试，今天就能看到收益',
      '我在这个理财平台上每天收益百分之三，你要是信我就先投五万，一个月就翻倍',
      '这个币不到一年就能涨到五倍，你先充值一万到我们的交易平台',
    ],
    negative: [
      '【某某银行】您尾号6633卡7月9日12:40微信零钱提现转入88.00元，可用余额900.10元。',
      '【中国移动】您已成功充值话费100元',
      '公交卡充值请到地铁站服务台',
      '不要在陌生平台充值，都是诈骗',
      '基金有风险，投资需谨慎',
      '本月收益已到账，请注意查收',
      '会员充值享九折优惠',
      '您可以将资金存入银行的定期存款，获得一定的收益',
      '您的理财产品本金及收益将于到期日转入您的活期账户',
      '您购买的余额宝本月收益12.36元，已自动转入余额宝',
    ],
  },
});
