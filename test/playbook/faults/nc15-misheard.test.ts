/**
 * newcomer15 kinds 3 and 5: a key noun misheard or mistyped by its sound — the screen share and the meeting app
 * ("开一下屏慕共想，下载个腾讯会义" suspicious 69 with no screen-share rule, "下个钉丁然后开个共享平目" safe 25, "开个视频会意"
 * safe 0) and the story's words ("快递 公斯的 … 要陪你钱" suspicious 69). Not a list of typos: the Chinese reading folds
 * any spelling with the same toneless syllables as one of the playbook's key nouns (src/playbook/zh/variants.ts
 * ZH_SOUND_WORDS; src/normalise/normalise.ts step 6, from the generated syllable table) when at least half of its
 * characters are the noun's own and none of the others is one of the commonest characters. Every line is our own
 * writing (the inputs are the newcomer's probes).
 */
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../../../src/index.ts';
import { compileVariants, normalise } from '../../../src/normalise/normalise.ts';
import { ZH_SOUND_EXAMPLES, ZH_SOUND_WORDS, zhVariants } from '../../../src/playbook/zh/variants.ts';
import { sms, chat, callerCall, runWithAndWithoutModel as run } from './helpers.ts';

describe('the sound fold, as data', () => {
  const folder = compileVariants(zhVariants, ZH_SOUND_WORDS);
  const rules = createEngine({ model: false });
  for (const [misheard, plain] of ZH_SOUND_EXAMPLES) {
    it(`folds ${misheard}`, () => {
      expect(normalise(misheard, folder).text).toBe(normalise(plain, folder).text);
      // The rules' reading (the text model reads the words as written).
      const ids = (t: string) => analyze(sms(t), { engine: rules }).tactics.map((x) => x.id).sort();
      expect(ids(misheard)).toEqual(ids(plain));
    });
  }
  it('keeps everyday phrases that share a sound', () => {
    for (const t of ['我会一直等你的消息', '这里赔不起', '我们共想办法', '丁丁今天去幼儿园了', '平目前的情况看还不错', '你陪你妈去医院吧', '今天开会意见很多', '这里是理赔服务中心', '运费先付', '身份正确']) {
      expect(normalise(t, folder).text).toBe(normalise(t, compileVariants(zhVariants)).text);
    }
  });
});

describe('kind 3: the screen share and the meeting app misheard (inputs and siblings)', () => {
  run([
    { name: 'input: 屏慕共想 and 腾讯会义', input: sms('京东客服：退款需要您开一下屏慕共想，下载个腾讯会义'), expect: 'scam', tactics: ['shift.screen-share'] },
    { name: 'input: 钉丁 and 共享平目', input: sms('您好我是京东的给您理赔您下个钉丁然后开个共享平目我看着您操作'), expect: 'scam', tactics: ['shift.screen-share'] },
    { name: 'input: 视频会意', input: sms('退款的话您得开个视频会意，把手机界面共享给我看一下'), expect: 'not-safe' },
    { name: 'a call, 平幕共享', input: callerCall('您好我是淘宝售后，您买的童装甲醛超标，给您三倍理赔', '您打开手机设置，开个平幕共享，我带您操作'), expect: 'scam' },
    { name: '腾迅会仪', input: chat('亲，快递丢件理赔需要您下载腾迅会仪，我这边视频指导您。'), expect: 'not-safe', tactics: ['shift.app-download'] },
    { name: '屏目共想', input: chat('抖音客服，您的会员马上扣费了，麻烦开下屏目共想我帮您关闭。'), expect: 'not-safe', tactics: ['shift.screen-share'] },
    { name: '共想屏幕', input: chat('给您办理退款，您那边点一下共想屏幕，我看到页面就能操作。'), expect: 'not-safe', tactics: ['shift.screen-share'] },
    { name: '钉叮会议', input: chat('您好，理赔专员需要跟您视频核实，请下载钉叮会议输入会议号。'), expect: 'not-safe', tactics: ['shift.app-download'] },
    { name: '飞书会意', input: chat('快递公司理赔：请下载飞书会意，专员在线帮您办理赔付。'), expect: 'not-safe' },
    { name: '视屏会议', input: chat('拼多多售后：您商品召回要退款，我们需要开个视屏会议，您下载一下软件。'), expect: 'not-safe' },
    { name: '屏暮', input: chat('京东金融：您的白条要注销，您把手机屏暮共享一下，我指导您关。'), expect: 'not-safe', tactics: ['shift.screen-share'] },
  ]);
});

describe('kind 5: the story said with a misheard word (inputs and siblings)', () => {
  run([
    { name: 'input: 公斯, 陪你钱, spaced', input: sms('你号 俺是那个 快递 公斯的 你的件 坏了 要陪你钱 你把 卡号 跟 手机 上 的 验 证 码 发给 俺'), expect: 'scam' },
    { name: '陪您钱', input: sms('大姐我是快递的，您的包裹压坏了，我们要陪您钱，您把收到的验证码报给我。'), expect: 'scam' },
    { name: '陪偿', input: chat('您的快件丢失，我们给您陪偿三百元，请加理赔专员微信。'), expect: 'not-safe' },
    { name: '培付', input: chat('亲，您买的奶粉召回了，商家双倍培付，您把银行卡号发我。'), expect: 'scam' },
    { name: '质量问提', input: chat('我是淘宝客服，您的商品有质量问提，给您退款，您的验证码告诉我。'), expect: 'scam' },
    { name: '快递公丝', input: sms('您好这里是快递公丝理赔部，您的件破损了，给您理赔，请把验证码发我。'), expect: 'scam' },
    { name: '银行咖', input: chat('售后给您三倍理赔，您银行咖的号发我一下就给您打款。'), expect: 'not-safe' },
    { name: '运费显', input: chat('您好，您的运费显理赔款到了，您把支付宝收到的验证码告诉我。'), expect: 'not-safe' },
    { name: '保险公斯', input: chat('我是保险公斯的，您的百万保障要扣费了，打开屏幕共享我帮您取消。'), expect: 'not-safe' },
    { name: '物流公四', input: chat('物流公四这边，您件丢了要赔钱给您，加一下我QQ。'), expect: 'not-safe' },
  ]);
});

describe('kinds 3 and 5: hard negatives that sound alike', () => {
  run([
    { name: 'I will wait', input: chat('我会一直等你，钉钉上有事叫我。'), expect: 'safe' },
    { name: 'a real meeting', input: chat('明天上午十点开视频会议，大家提前下载一下腾讯会议。'), expect: 'safe' },
    { name: 'a colleague shares the screen', input: chat('会上你把屏幕共享一下，给大家讲讲方案。'), expect: 'at-most-suspicious' },
    { name: 'we cannot pay here', input: chat('这里赔不起，你去找保险公司吧。'), expect: 'safe' },
    { name: 'take your mother', input: chat('你陪你妈去医院吧，钱的事别担心。'), expect: 'safe' },
    { name: 'a child named Dingding', input: chat('丁丁今天去幼儿园了，下午你去接一下。'), expect: 'safe' },
    { name: 'from the present view', input: chat('平目前的情况看还不错，下个月再说。'), expect: 'safe' },
    { name: 'a broken screen', input: chat('屏幕碎了，明天去修，修好发你照片。'), expect: 'safe' },
    { name: 'a shop lost money', input: chat('这单我们陪你钱都不够，老板说下次注意。'), expect: 'safe' },
    { name: 'a company chat', input: chat('公斯明天放假，快递公司不上门，你自己去驿站取。'), expect: 'safe' },
    { name: 'a courier notice', input: sms('【中通快递】您的快件已由快递公司签收，如有疑问请联系派件员。'), expect: 'safe' },
    { name: 'a teacher', input: chat('家长们请下载钉钉，晚上七点开家长会议。'), expect: 'safe' },
    { name: 'a claims service centre', input: sms('【平安产险】您好，这里是理赔服务中心，您的车险报案已受理，查勘员将在2小时内与您联系。'), expect: 'safe' },
    { name: 'postage first', input: chat('这单运费先付过了，快递明天到。'), expect: 'safe' },
    { name: 'identity checked', input: chat('您的身份正确无误，审核已经通过了，明天来拿证。'), expect: 'safe' },
  ]);
});
