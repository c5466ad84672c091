/** Inference speed of the text classifier: throughput on a mixed corpus and time per utterance. */
import { scoreText } from '../src/model/classifier.ts';

// Our own sentences, typical utterance lengths (10–60 characters).
const UTTERANCES = [
  '您好，我是淘宝平台的售后客服，您购买的商品存在质量问题。',
  '我们给您办理双倍理赔，请您提供一下银行卡号。',
  '好的，那我需要怎么操作？',
  '您打开支付宝，找到借呗，看一下您的额度。',
  '今天晚上的会议改到七点，记得带上电脑。',
  '【某银行】您的验证码为000000，请勿泄露给任何人。',
  'Hello, this is Amazon support, we will refund your order.',
  '你好，我想订一份外卖，送到公司楼下。',
];

export function benchModel(): { name: string; value: number; unit: string }[] {
  const rounds = 3000;
  let chars = 0;
  let sink = 0;
  for (let i = 0; i < 200; i++) for (const u of UTTERANCES) sink += scoreText(u); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    for (const u of UTTERANCES) {
      sink += scoreText(u);
      chars += u.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) throw new Error('unreachable');
  const bytes = Buffer.byteLength(UTTERANCES.join(''), 'utf8') * rounds;
  const calls = rounds * UTTERANCES.length;
  return [
    { name: 'model: inference throughput', value: Math.round((bytes / 1e6 / seconds) * 100) / 100, unit: 'MB/s' },
    { name: 'model: per utterance', value: Math.round((seconds / calls) * 1e6 * 10) / 10, unit: 'µs' },
    { name: 'model: per character', value: Math.round((seconds / chars) * 1e9), unit: 'ns' },
  ];
}

const isEntry = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) for (const r of benchModel()) process.stdout.write(`${r.name}: ${r.value} ${r.unit}\n`);
