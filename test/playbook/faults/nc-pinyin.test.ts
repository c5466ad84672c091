/**
 * Newcomer kind 5 (issue 8 §1): Chinese typed in pinyin was taken for English and read by the
 * English playbook only ("nin hao wo shi tao bao ke fu, gei nin tui kuan" → safe 0, lang en). A text
 * whose words are pinyin syllables is Chinese: the Chinese playbook reads it through a dictionary of
 * its own terms (src/normalise/pinyin.ts, data in src/playbook/zh/pinyin.ts), the English one too.
 * Hard negatives: everyday pinyin chat stays safe, and English stays English.
 */
import { describe, expect, it } from 'vitest';
import { analyze, detectLangs } from '../../../src/index.ts';
import { ZH_PINYIN_EXAMPLES } from '../../../src/playbook/zh/pinyin.ts';
import { syllablesOf, transliterate, pinyinDictionary } from '../../../src/normalise/pinyin.ts';
import { runCase, sms, chat, why, type FaultCase } from './helpers.ts';

const ids = (text: string): string[] => analyze(sms(text)).tactics.map((t) => t.id).filter((id) => id !== 'contact.model' && !id.startsWith('en.')).sort();

describe('pinyin reads as the Chinese it spells (playbook examples)', () => {
  for (const [py, zh] of ZH_PINYIN_EXAMPLES) {
    it(py, () => {
      const zhIds = ids(zh);
      expect(zhIds.length, zh).toBeGreaterThan(0);
      // Every tactic the Chinese fires, the pinyin fires too (the English playbook may add its own).
      for (const id of zhIds) expect(ids(py), `${py} vs ${zh}`).toContain(id);
      expect(analyze(sms(py)).lang).toBe('zh');
    });
  }
});

describe('a scam typed in pinyin (issue 8 §1, newcomer kind 5)', () => {
  const CASES: FaultCase[] = [
    { name: 'the newcomer\'s input: claimed customer service and a refund', expect: 'not-safe', tactics: ['contact.impersonation'], input: sms('nin hao wo shi tao bao ke fu, gei nin tui kuan') },
    { name: 'a refund story and the code', expect: 'scam', tactics: ['extract.verification-code'], input: sms('nin hao, wo shi jing dong ke fu, nin de ding dan you zhi liang wen ti, gei nin tui kuan, qing ba yan zheng ma gao su wo') },
    { name: 'a lost parcel, a payout and WeChat', expect: 'not-safe', tactics: ['shift.group'], input: sms('ni hao wo shi kuai di li pei zhuan yuan, ni de bao guo diu le, gei ni pei chang, jia wo wei xin') },
    { name: 'a membership charge and a screen share', expect: 'scam', tactics: ['shift.screen-share'], input: sms('nin hao, nin de hui yuan dao qi le, mei yue kou fei, qing xia zai hui yi ruan jian gong xiang ping mu') },
    { name: 'words run together (taobao kefu) and tone digits', expect: 'not-safe', input: sms('nin hao wo shi taobao kefu, nin de ding dan tui4 kuan3 shi bai, qing jia wei xin') },
    { name: 'tone marks', expect: 'not-safe', input: sms('nín de dìng dān tuì kuǎn, qǐng bǎ yàn zhèng mǎ fā gěi wǒ') },
    { name: 'a frozen account and the code', expect: 'scam', input: sms('nin de zhang hu yi chang, qing ba yan zheng ma fa gei wo') },
    { name: 'a refund that failed and a form for the card', expect: 'scam', input: sms('tao bao ke fu: nin de ding dan tui kuan shi bai, qing dian ji lian jie tian xie yin hang ka xin xi') },
    { name: 'an already-known WeChat id after a refund in pinyin (own scam g-cs-0072)', expect: 'not-safe', input: sms('nin de ding dan you wen ti, tui kuan qing jia wei xin: tk5527') },
    // Hard negatives: family and friends writing pinyin; English that has short syllable-like words.
    { name: 'hard negative: dinner plans in pinyin', expect: 'safe', input: chat('ni hao ma, wan shang yi qi chi fan ba') },
    { name: 'hard negative: I bought clothes on Taobao', expect: 'safe', input: chat('wo jin tian qu tao bao mai le yi jian yi fu') },
    { name: 'hard negative: in a meeting, will call back', expect: 'safe', input: chat('wo zai kai hui, deng xia gei ni da dian hua') },
    { name: 'hard negative: home safe', expect: 'safe', input: chat('ma, wo dao jia le, ni bie dan xin') },
    { name: 'hard negative: the refund came through in the app', expect: 'safe', input: chat('tao bao de tui kuan yi jing dao zhang le, xie xie') },
    { name: 'hard negative: English with short words', expect: 'safe', input: chat('Can you hang on a long time? I can be there by ten.') },
  ];
  for (const c of CASES) it(`${c.expect}: ${c.name}`, () => { runCase(c); });

  it('the evidence points at the pinyin the citizen wrote', () => {
    const text = 'nin hao, wo shi jing dong ke fu, gei nin tui kuan, qing ba yan zheng ma gao su wo';
    const r = analyze(sms(text));
    const code = r.tactics.find((t) => t.id === 'extract.verification-code');
    expect(code, why(r)).toBeDefined();
    for (const e of code!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(code!.evidence[0]!.text).toContain('yan zheng ma');
  });
});

describe('language detection: pinyin is Chinese, English is not pinyin', () => {
  it('pinyin is read by both playbooks, Chinese first', () => {
    expect(detectLangs('nin hao wo shi tao bao ke fu, gei nin tui kuan')).toMatchObject({ primary: 'zh', all: ['zh', 'en'], pinyin: true });
  });
  for (const text of [
    'Mom can you send me the code you got',
    'Hello, this is Taobao customer service, we will refund you',
    'Your package is on the way and will arrive on Monday',
    'Can you hang on a long time? I can be there by ten.',
  ]) it(`English stays English: ${text}`, () => { expect(detectLangs(text).primary).toBe('en'); });

  it('syllables of run-together pinyin, and not of English words', () => {
    expect(syllablesOf('taobao')).toEqual(['tao', 'bao']);
    expect(syllablesOf('yanzhengma')).toEqual(['yan', 'zheng', 'ma']);
    expect(syllablesOf('refund')).toBeNull();
    expect(syllablesOf('the')).toBeNull();
  });

  it('transliteration reads the longest words, leaves the rest as written, keeps offsets', () => {
    const dict = pinyinDictionary({ 'gei': '给', 'he': '和' }, ['验证码', '核验', '退款', '银行卡号']);
    const t = transliterate('gei yin hang ka hao he yan zheng ma, xyz', dict);
    expect(t.text).toBe('给银行卡号和验证码, xyz');
    expect(t.start.length).toBe(t.text.length);
    expect([t.start[5], t.end[5]]).toEqual([20, 22]); // 和 ← "he"
  });
});
