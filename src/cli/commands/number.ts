/** `fanzha number NUMBER [--claims 京东]`: what kind of number, whose official line, spoofing tricks. */
import { CliError, EXIT, type Command } from '../command.ts';
import { checkNumber, MAX_NUMBER_LENGTH, type NumberKind, type NumberReport } from '../../checks/number/check.ts';
import { clean, findingLines, parseArgs, verdictLine, writeJson } from '../../checks/cli.ts';
import { isFlagged } from '../../checks/findings.ts';
import { brandById } from '../../checks/data/official-domains.ts';
import type { Lang } from '../../types.ts';

const KIND: Record<Lang, Record<NumberKind, string>> = {
  zh: { mobile: '手机号', landline: '固定电话', service: '服务号码', 'hotline-400': '400/800 热线', international: '境外号码', 'police-antifraud': '公安报警/反诈专线', invalid: '无效号码' },
  en: { mobile: 'mobile', landline: 'landline', service: 'service number', 'hotline-400': '400/800 hotline', international: 'international', 'police-antifraud': 'police / anti-fraud line', invalid: 'invalid' },
};

function render(r: NumberReport, lang: Lang): string {
  const lines = [clean(r.input.trim())];
  // A platform's own number used under another platform's name is flagged: the verdict must not read
  // "危险（京东）" as if 京东 were the danger; whose number it is goes on its own line.
  const ownerOfFlagged = isFlagged(r.verdict) && r.officialFor !== null ? brandById(r.officialFor) : undefined;
  lines.push(verdictLine(lang, r.verdict, ownerOfFlagged ? null : r.officialFor, r.officialFor !== null));
  if (ownerOfFlagged) {
    lines.push(lang === 'zh'
      ? `  号码：${ownerOfFlagged.zh}公布的客服号码，与对方自称的身份不符`
      : `  number: published by ${ownerOfFlagged.en}, not by whom the caller claims to be`);
  }
  const owner = r.verdict === 'official' && r.officialFor !== null ? brandById(r.officialFor) : undefined;
  if (owner) {
    const ext = r.extension !== undefined ? (lang === 'zh' ? `（分机 ${r.extension}）` : ` (extension ${r.extension})`) : '';
    lines.push(lang === 'zh' ? `  号码：这是${owner.zh}公布的客服号码${ext}` : `  number: ${owner.en}'s published customer-service number${ext}`);
  }
  const parts = [KIND[lang][r.kind]];
  if (r.serviceName) parts.push(lang === 'zh' ? r.serviceName.zh : r.serviceName.en);
  if (r.e164) parts.push(r.e164);
  if (r.country && r.country !== 'CN') parts.push(r.country);
  if (r.carrierHint) parts.push(lang === 'zh' ? '虚拟运营商号段' : 'virtual carrier range');
  lines.push(lang === 'zh' ? `  类型：${parts.join('，')}` : `  type: ${parts.join(', ')}`);
  lines.push(...findingLines(lang, r.findings));
  return lines.join('\n');
}

/**
 * The page's form, "NUMBER NAME" in one argument (`17012345678 京东客服`): the number, then who the
 * caller claims to be. Only when the text is digits (with spaces, dashes, a leading +) followed by
 * words that are not digits; anything else is left whole for checkNumber to judge. One pass, no
 * regex over user text.
 */
export function numberAndClaim(raw: string): { number: string; claims: string } | null {
  const text = raw.trim();
  let i = 0;
  let digits = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') digits++;
    else if (!(c === ' ' || c === '-' || c === '+' || c === '(' || c === ')')) break;
  }
  const rest = text.slice(i).trim();
  if (digits < 3 || rest.length === 0 || i === 0 || text[i - 1] !== ' ') return null;
  for (const c of rest) if (c >= '0' && c <= '9') return null;
  return { number: text.slice(0, i).trim(), claims: rest };
}

export const command: Command = {
  name: 'number',
  summary: 'check a phone number offline: official customer-service line, spoofed or virtual number',
  usage: 'fanzha number NUMBER [--claims 京东] [--json] [--lang zh|en]\n  --claims  who the caller says they are; a number not in that platform\'s published list is flagged.\n            "NUMBER NAME" in one argument (fanzha number \'17012345678 京东客服\') means the same.\n  Exit 0 official/unknown, 1 suspicious/dangerous, 2 bad input.',
  async run(args, io) {
    const { positionals, json, lang, options } = parseArgs(args, io, ['claims']);
    const raw = positionals.join(' ');
    if (raw.trim().length === 0) throw new CliError('give a phone number, e.g. fanzha number 95118 --claims 京东');
    if (raw.length > MAX_NUMBER_LENGTH) throw new CliError(`phone number longer than ${MAX_NUMBER_LENGTH} characters`);
    const split = options.has('claims') ? null : numberAndClaim(raw);
    const claims = options.get('claims') ?? split?.claims;
    const number = split?.number ?? raw;
    // The reader is the one the answer is for: --lang en is an English reader, whose own lines may be +1 / +44.
    const report = checkNumber(number, { ...(claims !== undefined ? { claims } : {}), reader: lang });
    if (report.kind === 'invalid' && report.findings.length === 0) {
      throw new CliError(`not a phone number: ${clean(raw).slice(0, 40)} (give the number alone, and who the caller claims to be with --claims, e.g. fanzha number 95118 --claims 京东)`);
    }
    if (json) writeJson(io, report);
    else io.stdout.write(`${render(report, lang)}\n`);
    return isFlagged(report.verdict) ? EXIT.flagged : EXIT.ok;
  },
};
