/**
 * Checker throughput: 10,000 distinct URLs (official, look-alike and ordinary, mixed) and
 * 10,000 phone numbers. Inputs are built before timing; each figure is the median of 5 runs
 * after a warm-up pass. Run alone: npx tsx bench/checks.ts
 */
import { checkUrl } from '../src/checks/url/check.ts';
import { checkNumber } from '../src/checks/number/check.ts';
import { permuteDomain } from '../src/checks/url/permute.ts';
import { classifyQrPayload } from '../src/checks/qr/classify.ts';

export interface ChecksBenchRow { name: string; value: number; unit: string }

const N = 10_000;

function buildUrls(): string[] {
  const official = ['https://m.jd.com/product/', 'https://item.taobao.com/item.htm?id=', 'https://h5.m.taobao.com/awp/', 'https://www.jd.com/?q=', 'https://detail.tmall.com/item.htm?id='];
  const ordinary = ['https://www.baidu.com/s?wd=', 'https://github.com/user/repo', 'https://news.sina.com.cn/c/', 'https://www.zhihu.com/question/', 'https://www.bilibili.com/video/'];
  const lookalikes = ['taobao.com', 'jd.com', 'pinduoduo.com', 'alipay.com', 'meituan.com'].flatMap((d) => permuteDomain(d).map((p) => `http://${p.domain}/refund`));
  const tricks = ['http://taobao.com.refund-service.top/login', 'jd-tuikuan.vip', 'http://192.168.1.5/refund', 'https://www.jd.com@evil.top/', 'https://t.cn/A6xYz', 'https://refund.top:8443/x', 'http://dl.example.com/a.apk'];
  const out: string[] = [];
  for (let i = 0; out.length < N; i++) {
    const r = i % 10;
    if (r < 3) out.push(`${official[i % official.length]}${i}`);
    else if (r < 6) out.push(`${ordinary[i % ordinary.length]}/${i}`);
    else if (r < 9) out.push(lookalikes[i % lookalikes.length]!);
    else out.push(`${tricks[i % tricks.length]}?n=${i}`);
  }
  return out;
}

function buildNumbers(): string[] {
  const fixed = ['95118', '95188', '96110', '+96110', '+0095118', '1795188', '400-606-5500', '0571-88158198', '+1 202 555 0123', '010-12345678'];
  const out: string[] = [];
  for (let i = 0; out.length < N; i++) {
    if (i % 2 === 0) out.push(fixed[i % fixed.length]!);
    else out.push(`1${[3, 5, 7, 8, 9][i % 5]}${String(100000000 + ((i * 7919) % 899999999)).slice(0, 9)}`);
  }
  return out;
}

function medianMs(runs: number, fn: () => void): number {
  fn(); // warm-up: JIT, lazily built tables
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function benchChecks(): ChecksBenchRow[] {
  const urls = buildUrls();
  const numbers = buildNumbers();
  let flagged = 0;
  const urlMs = medianMs(5, () => {
    flagged = 0;
    for (const u of urls) {
      const v = checkUrl(u).verdict;
      if (v === 'dangerous' || v === 'suspicious') flagged++;
    }
  });
  const numberMs = medianMs(5, () => { for (const n of numbers) checkNumber(n, { claims: '京东' }); });
  const qrMs = medianMs(5, () => { for (let i = 0; i < N; i++) classifyQrPayload(i % 2 ? 'wxp://f2f0abc' : `https://item.taobao.com/item.htm?id=${i}`); });
  return [
    { name: `check 10,000 URLs (mixed: 30% official, 30% ordinary, 40% look-alike; ${flagged} flagged)`, value: urlMs, unit: 'ms' },
    { name: 'URL checks per second', value: Math.round(N / (urlMs / 1000)), unit: 'URLs/s' },
    { name: 'check 10,000 phone numbers (--claims 京东)', value: numberMs, unit: 'ms' },
    { name: 'classify 10,000 QR payloads', value: qrMs, unit: 'ms' },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of benchChecks()) console.log(`${row.name}: ${row.value >= 100 ? row.value.toFixed(0) : row.value.toFixed(1)} ${row.unit}`);
}
