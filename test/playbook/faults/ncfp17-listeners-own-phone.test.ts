/**
 * ncfp17 kind J (session 17, newcomer17's false alarm x07 / w20): borrowing a relative's phone IN PERSON to send oneself money
 * ("姐，我用你的手机给我自己转五百块钱，我手机没电了，回家还你现金") read `scam` 75. contact.new-number (the fake relative's "my
 * phone is dead, this is a friend's phone") fired on 手机没电 × "的手机", the "的手机" being the LISTENER's own phone (用你的手机),
 * and new-number-plus-money followed. Nobody wrote from a new number: the speaker holds the listener's phone beside them.
 * Now: the listener's own phone in the speaker's hand (用你的手机, 借你的手机, 拿你的手机, 你手机借我…) is contact.new-number's
 * `unless`; the loan paid back then reads as the family loan it is (src/playbook/family-loan.ts).
 * Before -> after on the siblings: scam 75 x10 -> safe 0-26 x9, suspicious 45 (老婆 read as an acquaintance's money ask).
 * Twins (must stay flagged): a colleague's, a friend's, a classmate's or a roommate's phone or a new number, with money to
 * them, to a card, to their WeChat, a secret or an accident.
 * Left: '哥，我手机掉水里了，用的同事的手机，急需两万块周转，转到他微信' reads safe 20 (用的同事的手机 is no cue of the opener).
 */
import { beforeAll, describe } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { runWithAndWithoutModel, chat, type FaultCase } from './helpers.ts';

const SIBLINGS = [
  '姐，我用你的手机给我自己转五百块钱，我手机没电了，回家还你现金',
  '哥，我手机没电了，借你的手机给我支付宝转两百，晚上还你',
  '妈，我手机没电关机了，用你的手机给我自己微信转三百，回家给你现金',
  '老婆，我手机坏了，用你的手机转一千到我卡上，明天我取了现金还你',
  '爸，我手机没电了，拿你的手机给我转五十块打车，到家还你',
  '姐，借您的手机用一下，我手机没电了，给自己转点钱交停车费，一会儿还你',
  '哥，我手机摔坏了开不了机，用你的手机往我卡里转两千，我明天还你',
  '奶奶，我手机没电了，用一下你的手机给我自己转二百坐车，回来还你',
  '老公，我手机没电了，用你的手机给我转五百，回家还你',
  '舅舅，我手机没电了，借你的手机给我的账户转一百，马上还你现金',
];

const TWINS = [
  '姐，我手机没电了，这是我同事的手机，你先给我转五百，回家还你',
  '哥，我手机丢了，用朋友的号给你发的，急用钱，先转两千到他卡上',
  '妈，我手机坏了，这是我新号，你给我转三千，别告诉爸',
  '爸，我手机没电了，借同学的手机发的，你把钱转到这个卡号6222021234567890123上',
  '舅舅，我换号了，这是我的新号，帮我转5000，明天还你',
  '姐，我手机被偷了，这是室友的手机，你转一千给他，我回头还你',
  '老婆，我手机没电了，这是我朋友的号，你马上给他转一万，急用',
  '妈，我手机坏了这是同学的号，学校要交资料费800，你转给他就行',
  '爸，我是你儿子，手机丢了这是新号，出了车祸急需手术费',
  '姐，我手机没电了，用的是同事的手机，你先转八百给我同事，我回家还你',
  '哥，我手机坏了，现在用你的微信号加我新号，转我两千',
];

describe('ncfp17 kind J: the listener\'s own phone borrowed in person is no new number', () => {
  // The playbooks compiled and the model loaded once, under the hook's longer timeout (a loaded machine).
  beforeAll(() => { analyze('你好'); });
  runWithAndWithoutModel([
    ...SIBLINGS.map((t): FaultCase => ({ name: `own phone borrowed: ${t}`, input: chat(t), expect: 'at-most-suspicious' })),
    ...TWINS.map((t): FaultCase => ({ name: `twin flagged: ${t}`, input: chat(t), expect: 'not-safe', tactics: ['contact.new-number'] })),
  ]);
});
