/** `fanzha domains permute DOMAIN`: dnstwist-style look-alikes to watch for registration. */
import { CliError, EXIT, type Command } from '../command.ts';
import { permuteDomain, PermuteInputError, type Permutation } from '../../checks/url/permute.ts';
import { parseArgs, writeJson } from '../../checks/cli.ts';
import type { Lang } from '../../types.ts';

function render(domain: string, list: readonly Permutation[], lang: Lang): string {
  const byKind = new Map<string, Permutation[]>();
  for (const p of list) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const lines = [lang === 'zh' ? `${domain} 的仿冒候选域名：共 ${list.length} 个` : `${list.length} look-alike candidates for ${domain}`];
  for (const [kind, items] of byKind) {
    lines.push('', `${kind} (${items.length})`);
    for (const p of items) lines.push(`  ${p.domain}${p.display ? `  [${p.display}]` : ''}`);
  }
  return lines.join('\n');
}

export const command: Command = {
  name: 'domains',
  summary: 'list look-alike domains of a brand domain (dnstwist-style) for an anti-fraud centre to watch',
  usage: 'fanzha domains permute DOMAIN [--json] [--lang zh|en]\n  Generates candidates only; nothing is looked up.',
  async run(args, io) {
    const { positionals, json, lang } = parseArgs(args, io);
    const [sub, domain, ...extra] = positionals;
    if (sub !== 'permute') throw new CliError('usage: fanzha domains permute DOMAIN');
    if (domain === undefined || extra.length > 0) throw new CliError('give one domain, e.g. fanzha domains permute jd.com');
    let list: Permutation[];
    try {
      list = permuteDomain(domain);
    } catch (e) {
      if (e instanceof PermuteInputError) throw new CliError(e.message);
      throw e;
    }
    if (json) writeJson(io, list);
    else io.stdout.write(`${render(domain.trim().toLowerCase(), list, lang)}\n`);
    return EXIT.ok;
  },
};
