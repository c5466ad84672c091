/** `fanzha url URL…`: check links offline against the platforms' official domains. */
import { CliError, EXIT, type Command } from '../command.ts';
import { checkUrl, MAX_URL_ARGUMENT, type UrlReport } from '../../checks/url/check.ts';
import { clean, findingLines, parseArgs, verdictLine, writeJson } from '../../checks/cli.ts';
import { isFlagged } from '../../checks/findings.ts';
import type { Lang } from '../../types.ts';

const MAX_URLS = 1000;
/** How much of a link the text report echoes (characters): a 60k-character link is the scammer's padding, not something to read. */
const ECHO_CHARS = 200;

/** The link as the report's first line, cut at ECHO_CHARS with its full length said. */
function echoed(input: string, lang: Lang): string {
  const text = clean(input.trim());
  if (text.length <= ECHO_CHARS) return text;
  const more = lang === 'zh' ? `…（共 ${text.length} 个字符）` : `… (${text.length} characters)`;
  return text.slice(0, ECHO_CHARS) + more;
}

function render(r: UrlReport, lang: Lang): string {
  const lines = [echoed(r.input, lang)];
  lines.push(verdictLine(lang, r.verdict, r.brand, r.verdict === 'official'));
  if (r.registrableDomain && r.host) {
    lines.push(lang === 'zh' ? `  网站：${r.registrableDomain}（主机 ${r.host}）` : `  site: ${r.registrableDomain} (host ${r.host})`);
  } else if (r.host) {
    lines.push(lang === 'zh' ? `  主机：${r.host}` : `  host: ${r.host}`);
  }
  lines.push(...findingLines(lang, r.findings));
  return lines.join('\n');
}

export const command: Command = {
  name: 'url',
  summary: 'check links offline: official domain or look-alike (typosquat, homoglyph, brand in subdomain…)',
  usage: 'fanzha url URL… [--json] [--lang zh|en]\n  Checks each link offline (no network). Exit 0 official/unknown, 1 suspicious/dangerous, 2 bad input.',
  async run(args, io) {
    const { positionals, json, lang } = parseArgs(args, io);
    if (positionals.length === 0) throw new CliError('give at least one URL, e.g. fanzha url jd-tuikuan.vip');
    if (positionals.length > MAX_URLS) throw new CliError(`at most ${MAX_URLS} URLs at a time`);
    const reports = positionals.map((p) => {
      if (p.length > MAX_URL_ARGUMENT) throw new CliError(`URL longer than ${MAX_URL_ARGUMENT} characters`);
      const r = checkUrl(p);
      if (r.url === null) throw new CliError(`not a URL: ${clean(p).slice(0, 80)} (a link names a domain such as jd.com, or an IP address)`);
      return r;
    });
    if (json) writeJson(io, reports);
    else io.stdout.write(`${reports.map((r) => render(r, lang)).join('\n\n')}\n`);
    return reports.some((r) => isFlagged(r.verdict)) ? EXIT.flagged : EXIT.ok;
  },
};
