/** Shared pieces of the `url`, `number`, `qr` and `domains` commands: flags, language, rendering. */
import { CliError, EXIT, type CliIO } from '../cli/command.ts';
import type { Lang } from '../types.ts';
import { brandById } from './data/official-domains.ts';
import type { CheckVerdict, Finding, Severity } from './findings.ts';

export interface ParsedArgs {
  positionals: string[];
  json: boolean;
  lang: Lang;
  options: Map<string, string>;
}

/** `--json`, `--lang zh|en`, plus the command's own value options (e.g. `--claims`). Unknown flags are errors. */
export function parseArgs(args: readonly string[], io: CliIO, valueOptions: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  let json = false;
  let langText = io.env['FANZHA_LANG'];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') { positionals.push(...args.slice(i + 1)); break; }
    if (!arg.startsWith('--')) { positionals.push(arg); continue; }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') { json = true; continue; }
    // Accepted as `fanzha check` accepts it, so one alias works for every command; these reports are plain text already.
    if (flag === '--no-color') continue;
    if (flag === '--lang' || valueOptions.includes(flag.slice(2))) {
      const value = inline ?? args[++i];
      if (value === undefined || value.length === 0) throw new CliError(`${flag} needs a value`, EXIT.badInput);
      if (flag === '--lang') langText = value; else options.set(flag.slice(2), value);
      continue;
    }
    throw new CliError(`unknown option ${flag.slice(0, 40)}`, EXIT.badInput);
  }
  let lang: Lang = 'zh';
  if (langText !== undefined && langText !== '') {
    if (langText !== 'zh' && langText !== 'en') throw new CliError(`--lang must be zh or en, not "${langText.slice(0, 20)}"`, EXIT.badInput);
    lang = langText;
  }
  return { positionals, json, lang, options };
}

/**
 * Strip what must not reach a terminal from untrusted text (a scammer's message, a QR payload, a URL): control
 * characters and terminal escapes, and the invisible format characters a sender slips into a name — zero-width
 * spaces and joiners, the word joiner, the BOM, the soft hyphen and the bidirectional marks, embeddings,
 * overrides and isolates (U+200E/F, U+061C, U+202A–202E, U+2066–2069), which would reorder the evidence on
 * screen ("京\u202e东" shown backwards; nc9-loss kind 4). The same set the normaliser drops before matching.
 * One character class, linear in the text.
 */
export const clean = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');

const VERDICT: Record<Lang, Record<CheckVerdict, string>> = {
  zh: { official: '官方', unknown: '未发现问题（不代表安全）', suspicious: '可疑', dangerous: '危险' },
  en: { official: 'official', unknown: 'nothing found (not a guarantee)', suspicious: 'suspicious', dangerous: 'dangerous' },
};
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { low: '低', medium: '中', high: '高' },
  en: { low: 'low', medium: 'medium', high: 'high' },
};

export function verdictLine(lang: Lang, verdict: CheckVerdict, brandId: string | null, official: boolean): string {
  const brand = brandId ? brandById(brandId) : undefined;
  const who = brand ? (lang === 'zh' ? brand.zh : brand.en) : null;
  // A link the checker does not flag may still carry a brand's name (ctrip.cn: brand-home-ending): whose name, not an imitation.
  const suffix = who === null ? '' : official
    ? (lang === 'zh' ? `（${who}）` : ` (${who})`)
    : verdict === 'unknown'
      ? (lang === 'zh' ? `（用的是${who}的名字）` : ` (carries ${who}'s name)`)
      : (lang === 'zh' ? `（冒充 ${who}）` : ` (imitates ${who})`);
  return lang === 'zh' ? `  结论：${VERDICT.zh[verdict]}${suffix}` : `  verdict: ${VERDICT.en[verdict]}${suffix}`;
}

export function findingLines(lang: Lang, findings: readonly Finding[]): string[] {
  return findings.map((f) => `  • [${SEVERITY[lang][f.severity]}] ${clean(lang === 'zh' ? f.zh : f.en)} (${f.id})`);
}

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
