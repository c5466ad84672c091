/**
 * recall17 (session 17) kind B: Greek and Cyrillic look-alike letters inside a brand, an app or a request word hid the word
 * from every word list (only the link checker folded them, for domains). "Please download АnyDesk so our technician can fix
 * your refund" (Cyrillic А) read safe 0, "Your Аmazon order has a problem, click here for a refund and enter your cаrd number"
 * 5, "您的退款需下载安装我们的аpp才能到账" 15, "ТАОВАО客服为您办理退款，请下载zооm" suspicious 49; with Latin letters the same
 * lines read scam 75 / scam 80 / suspicious 69 / scam 100. src/normalise/normalise.ts step 1b (foldConfusables): a look-alike
 * (UTS #39 confusables from unhomoglyph, letters only, each upper-case one also by its lower-case form) is read as its Latin
 * letter in a run of letters that holds a Latin letter, touches a Chinese character, or is look-alikes only; 1:1, so evidence
 * still points at the letters the reader sees. Now each line reads as its Latin spelling does (safe 0 -> scam 75, 5 -> 80,
 * 15 -> 69, 49 -> 100…). Twins: Russian and Greek text among its own letters, Greek letters in Chinese science and shop
 * notices (μg, β-胡萝卜素, α粒子, Σ, π, Ω), and real notices with a look-alike brand stay safe. With and without the model.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.ts';
import { normalise } from '../../../src/normalise/normalise.ts';
import { runWithAndWithoutModel, sms, type FaultCase } from './helpers.ts';

describe('recall17 kind B: look-alike letters read as the Latin letter', () => {
  runWithAndWithoutModel([
    { name: 'Taobao with a Cyrillic Т', input: sms('您好，我是Тaobao售后，您购买的商品有质量问题'), expect: 'not-safe', tactics: ['contact.impersonation'] },
    { name: 'zoom with Cyrillic о', input: sms('ТАОВАО客服为您办理退款，请下载zооm'), expect: 'scam', tactics: ['shift.app-download'] },
    { name: 'Amazon and card with Cyrillic а', input: sms('Your Аmazon order has a problem, click here for a refund and enter your cаrd number'), expect: 'not-safe', tactics: ['extract.card-details'] },
    { name: 'app with a Cyrillic а', input: sms('您的退款需下载安装我们的аpp才能到账'), expect: 'not-safe', tactics: ['shift.app-download'] },
    { name: 'AnyDesk with a Cyrillic А', input: sms('Please download АnyDesk so our technician can fix your refund'), expect: 'not-safe', tactics: ['shift.remote-access'] },
    { name: 'verification code with Cyrillic а and о', input: sms('Your bank account is frozen. Tell me the verificаtion cоde to unfreeze it'), expect: 'not-safe', tactics: ['extract.verification-code'] },
    { name: 'TeamViewer with a Cyrillic а', input: sms('This is Аmazon support, we will refund you $300. Please install TeаmViewer'), expect: 'not-safe', tactics: ['shift.remote-access'] },
    { name: 'WhatsApp with a Cyrillic а', input: sms('您好，这边是Ѕhopee客服，您的订单退款需要您加我的WhаtsApp'), expect: 'not-safe' },
    { name: 'Microsoft with Cyrillic о', input: sms('Hello from Micrоsоft support, your computer has a virus, please let us connect remotely'), expect: 'not-safe', tactics: ['contact.impersonation'] },
    { name: 'zoom with a Greek Ζ', input: sms('您的京东金条账户异常，请下载Ζoom配合处理'), expect: 'scam', tactics: ['shift.app-download'] },
    { name: 'AnyDesk with a Greek Α, code with a Cyrillic о', input: sms('Refund department: download ΑnyDesk and read me the cоde we sent'), expect: 'scam', tactics: ['shift.remote-access', 'extract.verification-code'] },
    { name: 'PayPal and card with Cyrillic а', input: sms('PаyPаl: confirm your cаrd number and CVV at paypal-secure-check.com'), expect: 'scam', tactics: ['extract.card-details'] },
    ...[
      'Привет! Как дела? Увидимся завтра в кафе',
      'Ваш код подтверждения: 4821. Никому его не сообщайте',
      'Καλημέρα, το πακέτο σας παραδόθηκε',
      '【某药店】维生素D3每粒含10μg，β-胡萝卜素买二送一，退订回T',
      '物理作业：计算α粒子的动能，答案保留两位小数',
      '本周数学课讲Σ求和与π的近似值，请同学们预习',
      'Ω健身房本周六停业一天，给您带来不便敬请谅解',
      '今天学了希腊字母αβγ，孩子说很有意思',
      '【淘宝】您的退款已原路退回，请在Тaobao APP查看',
      'Your Аmazon order has shipped and will arrive Tuesday. Track it in the Аmazon app.',
      '【京东】您的订单已签收，如有问题请在京东APP内联系客服',
    ].map((t): FaultCase => ({ name: `twin safe: ${t}`, input: sms(t), expect: 'safe' })),
  ]);

  it('folds 1:1 and only where a look-alike hides a Latin word', () => {
    expect(normalise('请下载Zооm会议').text).toBe('请下载zoom会议');
    expect(normalise('ТАОВАО客服').text).toBe('taobao客服');
    expect(normalise('ваш код: 4821').text).toBe('ваш код: 4821');
    expect(normalise('Καλημέρα').text).toBe('καλημέρα');
    const r = analyze(sms('Please download АnyDesk so our technician can fix your refund'));
    const ev = r.tactics.find((t) => t.id === 'shift.remote-access')!.evidence[0]!;
    expect(ev.text).toBe('АnyDesk');
  });
});
