import { describe, expect, it } from 'vitest';
import { compileVariants, normalise, toOriginal } from '../../src/normalise/normalise.ts';
import { detectLang } from '../../src/normalise/lang.ts';

const variants = compileVariants({ 薇信: '微信', v信: '微信', 威信: '微信', 扣扣: 'qq', 企鹅号: 'qq' });

/** Normalise, find `needle` in the result, and return the ORIGINAL text it came from. */
function roundTrip(original: string, needle: string): string {
  const n = normalise(original, variants);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const o = toOriginal(n, at, at + needle.length);
  return original.slice(o.start, o.end);
}

describe('normalise', () => {
  it('folds full-width letters and digits and lower-cases ASCII', () => {
    expect(normalise('ＱＱ号１２３４５６').text).toBe('qq号123456');
    expect(roundTrip('加ＱＱ号１２３４５６', 'qq')).toBe('ＱＱ');
  });

  it('converts traditional to simplified and maps back to the traditional original', () => {
    expect(normalise('支付寶驗證碼').text).toBe('支付宝验证码');
    expect(roundTrip('請把驗證碼告訴我', '验证码')).toBe('驗證碼');
  });

  it('removes zero-width characters inside words', () => {
    const original = '验\u200b证\u200d码';
    expect(normalise(original).text).toBe('验证码');
    expect(roundTrip(original, '验证码')).toBe(original);
  });

  it('removes spacing tricks between Chinese characters but keeps spaces in English', () => {
    expect(normalise('把验 证 码发给我').text).toBe('把验证码发给我');
    expect(normalise('验.证.码').text).toBe('验证码');
    expect(normalise('验·证·码').text).toBe('验证码');
    expect(roundTrip('请报一下验 证 码', '验证码')).toBe('验 证 码');
    expect(normalise('read me the code').text).toBe('read me the code');
  });

  it('joins a lone Latin letter spaced out among Chinese characters, so the evasion spellings meet', () => {
    expect(normalise('请 加 V 信：jd8866kf', variants).text).toBe('请加微信:jd8866kf');
    expect(normalise('加 v x 办理').text).toBe('加vx办理');
    expect(normalise('请加 w x 办理退款').text).toBe('请加wx办理退款');
    expect(roundTrip('请 加 V 信', '微信')).toBe('V 信');
    // Words and English keep their spaces: only a LONE letter beside a Chinese character joins.
    expect(normalise('下载 app 办理').text).toBe('下载 app 办理');
    expect(normalise('I have a b c and an app').text).toBe('i have a b c and an app');
    expect(normalise('选 A 或 B 都行').text).toBe('选a或b都行');
  });

  it('folds evasion variants with offsets covering the variant as written', () => {
    expect(normalise('加我薇信', variants).text).toBe('加我微信');
    expect(normalise('加V信', variants).text).toBe('加微信');
    expect(normalise('加我扣扣', variants).text).toBe('加我qq');
    expect(roundTrip('请加企鹅号', 'qq')).toBe('企鹅号');
    expect(roundTrip('加威信好友', '微信')).toBe('威信');
  });

  it('turns runs of Chinese numerals into digits, but not single numerals in words', () => {
    expect(normalise('验证码是幺二三四五六').text).toBe('验证码是123456');
    expect(normalise('卡号六二二八四八').text).toBe('卡号622848');
    expect(normalise('一下子').text).toBe('一下子');
    expect(roundTrip('验证码是幺二三四五六', '123456')).toBe('幺二三四五六');
  });

  it('keeps offsets right when NFKC changes the length (ligatures, circled numbers)', () => {
    const original = '㈱客服ﬁle验证码';
    const n = normalise(original);
    expect(n.text).toContain('验证码');
    expect(roundTrip(original, '验证码')).toBe('验证码');
  });

  it('handles empty text and astral characters', () => {
    expect(normalise('').text).toBe('');
    expect(roundTrip('😀客服😀', '客服')).toBe('客服');
  });

  it('detects the language', () => {
    expect(detectLang('您好，我是淘宝客服')).toBe('zh');
    expect(detectLang('Hello, this is Amazon support calling about your refund')).toBe('en');
    expect(detectLang('请下载AnyDesk')).toBe('zh');
  });
});
