import { describe, expect, it } from 'vitest';
import { chineseIdValid, extractEntities, luhnValid, parseChineseNumber } from '../../src/entities/entities.ts';
import { maskPII } from '../../src/entities/mask.ts';
import { normalise } from '../../src/normalise/normalise.ts';

const kinds = (text: string) => extractEntities(normalise(text).text).map((e) => `${e.kind}:${e.value}`);

describe('Luhn', () => {
  it('accepts valid card numbers and rejects one wrong digit', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('6222021234567890127')).toBe(false);
    expect(luhnValid('123')).toBe(false);
  });
});

describe('Chinese ID checksum', () => {
  it('accepts a valid ID and rejects a wrong check digit or impossible date', () => {
    expect(chineseIdValid('11010519491231002X')).toBe(true);
    expect(chineseIdValid('11010519491231002x')).toBe(true);
    expect(chineseIdValid('110105194912310021')).toBe(false);
    expect(chineseIdValid('110105194902300028')).toBe(false); // 30 February
    expect(chineseIdValid('11010519491231002')).toBe(false);
  });
});

describe('extractEntities', () => {
  it('finds cards, IDs, phones and codes by their checks, not by length alone', () => {
    expect(kinds('卡号6222 0212 3456 7890 128')).toContain('bank-card:6222021234567890128');
    expect(kinds('卡号6222021234567890127')).not.toContain('bank-card:6222021234567890127');
    expect(kinds('身份证11010519491231002X')).toContain('id-number:11010519491231002x');
    expect(kinds('打我电话13812345678')).toContain('phone:13812345678');
    expect(kinds('+86 138-1234-5678')).toContain('phone:8613812345678');
    expect(kinds('请拨打95188')).toContain('phone:95188');
    expect(kinds('座机010-12345678')).toContain('phone:01012345678');
    expect(kinds('验证码是384756')).toContain('code:384756');
    expect(kinds('验证码是三八四七五六')).toContain('code:384756');
    expect(kinds('订单号 2024112512345678')).toContain('order-number:2024112512345678');
  });

  it('finds URLs with and without a scheme, and not decimals or e-mail addresses', () => {
    expect(kinds('点击https://taobao.com.refund-service.top/a?b=1退款')).toContain('url:https://taobao.com.refund-service.top/a?b=1');
    expect(kinds('登录jd-tuikuan.vip填写')).toContain('url:jd-tuikuan.vip');
    expect(kinds('打开 www.example.cn.')).toContain('url:www.example.cn');
    expect(kinds('利率3.5%')).toEqual([]);
    expect(kinds('邮箱abc@qq.com').some((k) => k.startsWith('url'))).toBe(false);
  });

  it('reads amounts in digits, with 万, with ¥, and in Chinese numerals', () => {
    expect(kinds('损失16000元')).toContain('amount:16000');
    expect(kinds('转了2.5万')).toContain('amount:25000');
    expect(kinds('￥9,063.00')).toContain('amount:9063');
    expect(kinds('一共一万六千元')).toContain('amount:16000');
    expect(parseChineseNumber('二十')).toBe(20);
    expect(parseChineseNumber('两千五百')).toBe(2500);
  });

  it('scans a huge adversarial line in linear time', () => {
    const evil = 'a.'.repeat(100_000) + '1-'.repeat(100_000) + '验证码';
    const t0 = performance.now();
    extractEntities(normalise(evil).text);
    expect(performance.now() - t0).toBeLessThan(5_000); // a backtracking regex would take minutes
  });
});

describe('maskPII', () => {
  it('masks cards, IDs, mobiles and codes, and keeps public service numbers', () => {
    const masked = maskPII('卡号6222021234567890128，身份证11010519491231002X，手机13812345678，验证码384756，客服95188');
    expect(masked).not.toContain('6222021234567890128');
    expect(masked).toContain('0128');
    expect(masked).not.toContain('11010519491231002X');
    expect(masked).not.toContain('13812345678');
    expect(masked).toContain('138****5678');
    expect(masked).not.toContain('384756');
    expect(masked).toContain('95188');
    expect(maskPII('京东客服400-606-5500')).toContain('400-606-5500');
  });

  it('masks numbers read out in Chinese numerals and long digit runs that fail Luhn', () => {
    expect(maskPII('卡号是六二二二零二一二三四五六七八九零一二八')).not.toMatch(/[一二三四五六七八九]{6}/);
    expect(maskPII('卡号6222021234567890127')).not.toContain('62220212345678');
  });

  it('leaves text without numbers unchanged', () => {
    expect(maskPII('您好，我是客服')).toBe('您好，我是客服');
  });
});
