/**
 * told17 (session 17) kind 3: a citizen or a family member telling what a stranger asked, with no refusal, no check and no
 * "it was fake", read safe 0 with no tactic: "对方说我的退款需要先验证流水，让我转5000到他给的账户", "对方说他是公安局的，我涉嫌洗钱，
 * 让我把钱转到安全账户" (公安 in the caller's claimed office framed the turn as a warning), "我爸说有个客服打电话说要给他退款，让他把
 * 银行卡号和验证码报过去，他已经报了", "我妈刚接到电话，对方说是淘宝客服，要给她三倍赔偿，让她把借呗里的备用金借出来转过去，她已经
 * 借出来了，还没转". The request grammar reads no ask made to the teller or a third person (让我, 让他, 让她), and guard16's relayed
 * words silence one told with a frame word. Now (src/playbook/zh/told-asks.ts, data): extract.told-ask (45): a stranger (对方,
 * 客服, 有人, 电话, 自称, 说是…) then a causative on the teller or a third person then the scam's object (验证码, 卡号, 安全账户, 他给的
 * 账户, 借呗, 备用金, 屏幕共享, 保证金…); extract.told-ask-done (70, a report of a loss, PAID_MARKS): the same told as done (他已经
 * 报了, 她已经借出来了); both unframed, both silent on a refusal, a check, a fake named, a warning, an official app path, or the
 * teller's own "这是骗子吧". src/match/framing.ts claimedOffice: 公安/警方/民警/反诈 right after 他是/说是/自称 is the caller's claim,
 * no frame word. Before: all safe 0; after: suspicious 45-69 or scam 70-100. Twins: guard16-told-asks (all its told-and-refused
 * siblings), an agent's in-app steps (客服让我在APP里申请退款), family asks, a courier's scan, warnings, legit-context's question.
 */
import { describe } from 'vitest';
import { chat, runWithAndWithoutModel, type FaultCase } from './helpers.ts';

const flagged = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `told ask flagged: ${t}`, input: chat(t), expect: 'not-safe' as const }));
const scam = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `told ask done or never-asked, scam: ${t}`, input: chat(t), expect: 'scam' as const }));
const safe = (texts: string[]): FaultCase[] => texts.map((t) => ({ name: `refused, checked, official or family: ${t}`, input: chat(t), expect: 'safe' as const }));

describe('told17 kind 3: a stranger\'s ask told with no refusal is a scam in progress', () => {
  runWithAndWithoutModel([
    ...flagged([
      '对方说我的退款需要先验证流水，让我转5000到他给的账户',
      '我奶奶接到电话，说是医保局的，让她把存款转到安全账户',
      '有人打电话说我妈的社保卡被冻结了，让她把卡号和密码报过去',
      '对方说是拼多多理赔专员，叫我先交500保证金',
      '客服说我的订单异常，要我去借呗借两万验证流水',
      '电话里那个人说是银行的，让我爸把存款转到他给的账户',
    ]),
    ...scam([
      '对方说他是公安局的，我涉嫌洗钱，让我把钱转到安全账户',
      '我爸说有个客服打电话说要给他退款，让他把银行卡号和验证码报过去，他已经报了',
      '我妈刚接到电话，对方说是淘宝客服，要给她三倍赔偿，让她把借呗里的备用金借出来转过去，她已经借出来了，还没转',
      '有个自称京东客服的打电话说我开通了百万保障，让我下载腾讯会议开屏幕共享',
      '刚才有人打电话说我的快递丢了，要给我理赔，让我把银行卡号和验证码发过去',
      '对方说是快递理赔，让我把卡号和验证码报过去，我已经报了',
      '有人打电话说是公安局的，让我爸把存款转到安全账户，他已经转过去了',
    ]),
    ...safe([
      '客服让我在APP里申请退款',
      '客服让我在淘宝APP里上传凭证，说审核后退款',
      '客服让我下载一个会议软件开屏幕共享，我没下载，打了官方电话一问才知道是假的',
      '骗子会让你把钱转到安全账户，千万别信',
      '我妈让我转给她500块买菜',
      '快递员让我扫码签收',
      '我妈说有人让她下载个软件共享屏幕，要给她退款，这是骗子吧？',
      '银行客服让我带身份证和银行卡去网点办理',
      '对方说是公安局的，让我把钱转到安全账户，我直接挂了',
      '有人打电话让我奶奶把存款转到安全账户，幸好她没转，打了110核实',
      '民警提醒：凡是电话里让你把钱转到安全账户的，都是诈骗',
      '中介让我先交3000押金才能看房，我没转，后来找了正规的中介',
    ]),
  ]);
});
