/** `fanzha qr IMAGE`: decode a QR code from a PNG/JPEG and say what scanning it would do. */
import { CliError, EXIT, type Command } from '../command.ts';
import { readBounded } from '../read.ts';
import { decodeQrImage, ImageError, MAX_IMAGE_BYTES } from '../../checks/qr/decode.ts';
import { classifyQrPayload, type QrKind, type QrReport } from '../../checks/qr/classify.ts';
import { clean, findingLines, parseArgs, verdictLine, writeJson } from '../../checks/cli.ts';
import { isFlagged } from '../../checks/findings.ts';
import type { Lang } from '../../types.ts';

const KIND: Record<Lang, Record<QrKind, string>> = {
  zh: { payment: '付款码', url: '网址', 'group-invite': '加群/加好友', 'app-download': '应用下载', text: '文字' },
  en: { payment: 'payment code', url: 'link', 'group-invite': 'group/contact invite', 'app-download': 'app download', text: 'text' },
};

function render(r: QrReport, lang: Lang): string {
  const lines = [lang === 'zh' ? `二维码内容：${clean(r.payload).slice(0, 300)}` : `QR payload: ${clean(r.payload).slice(0, 300)}`];
  lines.push(verdictLine(lang, r.verdict, r.url?.brand ?? null, r.verdict === 'official'));
  lines.push(lang === 'zh' ? `  类型：${KIND.zh[r.kind]}${r.provider ? `（${r.provider}）` : ''}` : `  kind: ${KIND.en[r.kind]}${r.provider ? ` (${r.provider})` : ''}`);
  lines.push(...findingLines(lang, r.findings));
  return lines.join('\n');
}

async function readImage(path: string): Promise<Buffer> {
  return readBounded(path, MAX_IMAGE_BYTES, (p) => `${p} is too large for an image (over ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
}

export const command: Command = {
  name: 'qr',
  summary: 'decode a QR code image (PNG/JPEG) and classify it: payment, link, group invite, app download',
  usage: 'fanzha qr IMAGE [--json] [--lang zh|en]\n  Exit 0 official/unknown, 1 suspicious/dangerous (e.g. a payment code), 2 not an image / no QR code, 3 unreadable file.',
  async run(args, io) {
    const { positionals, json, lang } = parseArgs(args, io);
    if (positionals.length !== 1) throw new CliError('give one image file, e.g. fanzha qr code.png');
    const path = positionals[0]!;
    const bytes = await readImage(path);
    let payload: string | null;
    try {
      payload = decodeQrImage(bytes);
    } catch (e) {
      if (e instanceof ImageError) throw new CliError(`${path}: ${e.message}`);
      throw e;
    }
    if (payload === null) throw new CliError(`no QR code found in ${path}`);
    const report = classifyQrPayload(payload);
    if (json) writeJson(io, report);
    else io.stdout.write(`${render(report, lang)}\n`);
    return isFlagged(report.verdict) ? EXIT.flagged : EXIT.ok;
  },
};
