/**
 * `fanzha qr IMAGE|CODE`: decode a QR code from a PNG/JPEG, or take the code's text as already
 * decoded (a phone's scanner shows it: `wxp://f2f0…`), and say what scanning it would do.
 */
import { stat } from 'node:fs/promises';
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

function report(payload: string, json: boolean, lang: Lang, io: Parameters<Command['run']>[1]): number {
  const r = classifyQrPayload(payload);
  if (json) writeJson(io, r);
  else io.stdout.write(`${render(r, lang)}\n`);
  return isFlagged(r.verdict) ? EXIT.flagged : EXIT.ok;
}

async function readImage(path: string): Promise<Buffer> {
  return readBounded(path, MAX_IMAGE_BYTES, (p) => `${p} is too large for an image (over ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
}

/**
 * Text that is a QR code's content rather than a file name: a URI with a scheme (`wxp://`,
 * `https://`, `alipays://`, `mqqapi://`, …) or an EMVCo merchant payload (`000201…`).
 */
export function looksLikeQrPayload(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]{0,31}:\/\//i.test(arg) || /^000201[0-9A-Za-z]/.test(arg);
}

async function isFile(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export const command: Command = {
  name: 'qr',
  summary: 'classify a QR code (an image, or its decoded text): payment, link, group invite, app download',
  usage: 'fanzha qr IMAGE|CODE [--json] [--lang zh|en]\n'
    + '  IMAGE: a PNG/JPEG file. CODE: the code\'s text as a scanner shows it, e.g. \'wxp://f2f0…\' or \'https://…\'\n'
    + '  (used when it is not an existing file and has a scheme like wxp://, https://, alipays:// or is an EMV payload 000201…).\n'
    + '  Exit 0 official/unknown, 1 suspicious/dangerous (e.g. a payment code), 2 not an image / no QR code, 3 unreadable file.',
  async run(args, io) {
    const { positionals, json, lang } = parseArgs(args, io);
    if (positionals.length !== 1) throw new CliError("give one image file or the code's text, e.g. fanzha qr code.png or fanzha qr 'wxp://f2f0…'");
    const path = positionals[0]!;
    // An empty argument is a slip of the shell ($FILE unset), not a file that is missing: usage, exit 2.
    if (path.trim() === '') throw new CliError("the image file or code's text is empty, e.g. fanzha qr code.png");
    if (looksLikeQrPayload(path) && !(await isFile(path))) return report(path, json, lang, io);
    const bytes = await readImage(path);
    let payload: string | null;
    try {
      payload = decodeQrImage(bytes);
    } catch (e) {
      if (e instanceof ImageError) throw new CliError(`${path}: ${e.message}`);
      throw e;
    }
    if (payload === null) throw new CliError(`no QR code found in ${path}`);
    return report(payload, json, lang, io);
  },
};
