/**
 * ncrecall16 kind A (newcomer16's misses): a relative in trouble (a crash, a fight, an arrest) or a "case" against the
 * reader, and the cash or gold collected AT THE DOOR by someone they send ("一会儿律师上门来拿钱，你准备两万现金给他", "我们派
 * 一个同事过来您家门口取", "A courier will come to your home to collect the cash"). extract.cash-pickup read only a withdrawal
 * word (取出来, 取现) beside a pick-up; now also a third party + a take verb at the reader's door (拿/取/收, never 送) + cash or
 * gold, in zh and in en (same id), with the story, the injured party's claim or the secrecy as the composite's other half.
 * Twins: errands in the same words (a colleague fetching a contract, a friend bringing the rent, a courier picking up a
 * parcel, cash on delivery), billers that never send anyone, and warnings retelling the script, all safe.
 * With the text model and with the rules alone.
 */
import { describe } from 'vitest';
import { callerCall, runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

const scam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `scam: ${t}`, input: sms(t), expect: 'scam', tactics: ['extract.cash-pickup'] }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `safe: ${t}`, input: sms(t), expect: 'safe' }));

describe('ncrecall16 kind A: cash collected at the door for a relative in trouble', () => {
  runWithAndWithoutModel([
    ...scam([
      // newcomer16's inputs
      '奶奶，我是小军，我开车撞了人在派出所，对方要两万私了，别告诉我爸妈，一会儿律师上门来拿钱，你准备两万现金给他。',
      '阿姨，您儿子在我们这儿打伤了人，对方要三万块才肯和解。您把现金装好，我们派一个同事过来您家门口取，您别打他电话，他手机被扣了。',
      '姥姥，我跟人打架了在派出所，要交两万保证金，我让一个律师叔叔去你家拿，你取好钱在家等着，千万别告诉我爸。',
      'Hi, this is attorney Michael Lee. Your grandson was arrested after a car crash. Bail is $9,500. A courier will come to your home to collect the cash this afternoon. He asked that you not tell his parents.',
      "Grandma it's me, I got into a car accident and I'm in jail. Please don't tell mom. A bail bondsman will come to your house to pick up $8,000 in cash, please have it ready.",
      '爷爷我是浩浩，我出车祸了，人家要我赔钱，你别跟我妈说，我朋友一会儿去你家取钱，你先去银行取五万现金。',
      '你的账户涉嫌洗钱，需要做资金监管。你现在去金店买30万的金条，晚上我们的工作人员会上门取走封存，调查结束后原物奉还，这事不能告诉家人。',
      // siblings of our own
      '外婆，我是小杰，我骑电动车把人撞了，人家要一万五私了，别跟我妈说，等会我同学去你家拿钱，你先准备好现金。',
      '爷爷，我在外地跟人起冲突被扣在派出所了，要交三万保证金，我让律师下午上门来取，你把现金准备好，千万别告诉我爸。',
      '阿姨您好，我是您儿子的朋友，他喝酒把人打伤了，对方要五万才和解，我让我朋友过来拿，您先取好现金。',
      '您好，我是您孙女的辅导员，她在学校把同学打伤了，对方家长要两万私了，学校派一个工作人员到您家楼下拿，您把钱给他就行。',
      '奶奶，我出车祸了，人在交警队，对方要三万赔偿，你别打我电话，待会有个叔叔到你家楼下，你把钱给他就行。',
      '姥爷，我是明明，我打架被抓了，要交保释金两万，警官说派人去你家取，你准备好现金，别让我妈知道。',
      '您的银行卡涉嫌洗钱，需要配合调查，请把存款取成现金，我们的办案人员今晚上门收取保管，此事必须保密。',
      '大妈，您孙子在我们这儿撞坏了车，车主要一万二，您把钱准备好，我们派个司机来您家取，他不方便接电话。',
      "Grandpa, it's Jake. I hit someone with my car and I'm at the police station. My lawyer will come to your house to pick up the cash, please don't tell Dad.",
      'This is Officer Brown. Your granddaughter was arrested. Bail is $7,000. A courier will come to your door tonight to collect the cash. Do not tell her parents.',
      "Hi Nana, I'm in jail after an accident, please don't tell mum. My attorney's assistant will stop by your house to pick up $6,000 in cash.",
      'Your son has been arrested after a car crash. Withdraw $9,000 in cash; our agent will come to your home to collect it. Keep this from the family.',
    ]),
    {
      name: 'scam call: the grandson, the lawyer and the cash (newcomer16 c7)',
      input: callerCall('奶奶，是我，我是小军', '我感冒了。奶奶，我出事了，开车撞了人，现在在派出所，对方要两万私了，不然要坐牢', '你别告诉我爸妈，我让律师过来拿钱，你取两万现金给他'),
      expect: 'scam',
    },
    {
      name: 'scam call: an uncle at the door downstairs (newcomer16 g2)',
      input: callerCall('爷爷，我是你孙子啊，听不出来了？', '对对，我是明明。我在学校跟人打架，把人家打伤了，现在被扣在派出所。', '对方要三万医药费，不给就要判刑。等下会有个叔叔到你家楼下，你把钱给他就行，千万别跟我爸说。'),
      expect: 'scam',
    },
    ...safe([
      '我让同事去你家拿一下合同，钱已经转你了，谢谢。',
      '周末我让朋友去你家拿那箱苹果，你放门口就行。',
      '房租我让朋友把现金送到你家，你数一下。',
      '快递员下午会上门取件，运费我已经付过了。',
      '爸，最近好多骗子冒充孙子打电话说出车祸了让拿现金给律师，你接到这种电话千万别信，先给我打电话核实。',
      '反诈民警提示：有人自称公检法让你买金条交给上门的工作人员保管，这是新型诈骗，公检法不会上门收取现金或黄金。',
      '【某某燃气】燃气费请在官方APP缴纳，工作人员不会上门收取现金。',
      '妈，我同事下午去你家楼下拿那份文件，麻烦你放在门卫那儿。',
      '奶奶，我周末回来看你，顺便把上次借你的钱还你，现金给你带过来。',
      '您好，您预约的上门回收旧家电，师傅明天上午到您家，回收款当面付现金给您。',
      'The courier will come to your house to pick up the parcel tomorrow between 9 and 12.',
      'My friend will come over to pick up the keys tonight, the rent is already paid.',
      "Tip from the police: scammers pretend to be a grandchild in jail and send a 'courier' to collect bail money in cash. Hang up and call your grandchild directly.",
      'Cash on delivery: the driver will collect the payment at your door when your order arrives.',
      "Hi Grandma, it's Tom. I'll come by your house on Sunday to pick up the cake tin. Love you!",
    ]),
  ]);
});
