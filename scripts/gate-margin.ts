/**
 * The one-message margin measured at the decision itself (issue 8: 0 `scam` on real legitimate SMS).
 * For every one-message text of the legitimate sources (and, with --scams, of the scam sources), the
 * pair of src/score/score.ts `singleMessageGate` that would let it be `scam` if the sum were high enough
 * (report / standalone / never|anyStory|money|ordinary + story|notice+fee|offer|move), and the risk the
 * rules would give it WITHOUT the one-message cap. A diagnostic for development, not a test.
 *
 *   npx tsx scripts/gate-margin.ts [--scams] [--list] [--away] [--dump] [--half A|B] [PATH...]
 *
 * No PATH: the dev halves of the datasets under ../shared/datasets (FANZHA_DATASETS), data/cases/consumed-*
 * (their dev halves) and every data/corpus file whole. A PATH is read the same way: its dev half, unless it is
 * under data/corpus. heldout-* files are never opened. `--list` prints
 * each gate-opening text (id, pair, risk uncapped, text) of half A only (`--half B` to count B: never
 * read it), split like /tmp/ev10/margins.cjs (parity of sha256(id)'s first byte).
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readdir } from 'node:fs/promises';
import { createSession, getEngine, inputTurns, validateInput } from '../src/index.ts';
import { scoreAcross, singleMessageGate, type FiredTactic } from '../src/score/score.ts';
import { REPO_ROOT, defaultDatasetsRoot, playbookSources, resolveSources, type Source } from '../src/eval/sources.ts';
import { splitOf } from '../src/eval/split.ts';
import { toInput } from '../src/eval/run.ts';
import type { Playbook } from '../src/playbook/schema.ts';
import type { Lang } from '../src/types.ts';

const args = process.argv.slice(2);
const scams = args.includes('--scams');
const list = args.includes('--list');
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : 'A';
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half');
const half = (id: string): 'A' | 'B' => (createHash('sha256').update(id).digest()[0]! % 2 ? 'B' : 'A');

async function sources(): Promise<{ source: Source; devOnly: boolean }[]> {
  // A PATH keeps the split too: a dataset folder or a consumed-* file given by hand is read on its dev half only
  // (sms12, session 12: `gate-margin.ts --list ../shared/datasets/telecom-fraud-texts-5` printed test-half lines);
  // only our own training corpus (data/corpus) is read whole.
  if (paths.length > 0) {
    const corpus = join(REPO_ROOT, 'data/corpus');
    const out: { source: Source; devOnly: boolean }[] = [];
    for (const p of paths) for (const source of await resolveSources(p)) if (!source.name.startsWith('heldout')) out.push({ source, devOnly: !resolve(source.path).startsWith(corpus) });
    return out;
  }
  const out: { source: Source; devOnly: boolean }[] = [];
  const root = defaultDatasetsRoot(process.env);
  for (const e of await readdir(root, { withFileTypes: true })) if (e.isDirectory()) for (const s of await resolveSources(join(root, e.name))) out.push({ source: s, devOnly: true });
  for (const f of (await readdir(join(REPO_ROOT, 'data/cases'))).sort()) if (f.startsWith('consumed-')) for (const s of await resolveSources(join(REPO_ROOT, 'data/cases', f))) out.push({ source: s, devOnly: true });
  for (const s of await resolveSources(join(REPO_ROOT, 'data/corpus'))) out.push({ source: s, devOnly: false });
  for (const s of playbookSources()) out.push({ source: s, devOnly: true });
  return out;
}

const engine = getEngine();
const uncapped = new Map<Playbook, Playbook>();
const noCap = (b: Playbook): Playbook => { let u = uncapped.get(b); if (!u) uncapped.set(b, u = { ...b, singleMessage: undefined }); return u; };

// One step away: the pair a single added cue of each class would complete (the margin one cue before the decision).
const PROBES: [string, FiredTactic][] = [
  ['+story', { id: 'pretext.accused', stage: 'pretext', weight: 10 }],
  ['+notice', { id: 'pretext.utility-arrears', stage: 'pretext', weight: 10 }],
  ['+offer', { id: 'pretext.loan-ad', stage: 'pretext', weight: 10 }],
  ['+move', { id: 'shift.private-contact', stage: 'shift', weight: 10 }],
  ['+ownlink', { id: 'shift.link', stage: 'shift', weight: 10 }],
  ['+never', { id: 'extract.verification-code', stage: 'extraction', weight: 10 }],
  ['+money', { id: 'extract.transfer', stage: 'extraction', weight: 10 }],
  ['+ordinary', { id: 'extract.identity', stage: 'extraction', weight: 10 }],
  ['+fee', { id: 'extract.fee-quoted', stage: 'extraction', weight: 10 }],
];
const oneAway = new Map<string, number>();

interface Row { n: number; single: number; open: number; openA: number; openB: number; scam: number; flagged: number; ge50: number; ge50open: number; away: number; awayA: number; pairs: Map<string, number> }
const rows = new Map<string, Row>();
for (const { source, devOnly } of await sources()) {
  for await (const c of source.load({ sink: { issue() {} } })) {
    if (c.label !== (scams ? 'scam' : 'legit')) continue;
    if (devOnly && splitOf(c) !== 'dev') continue;
    const parsed = validateInput(toInput(c));
    const turns = inputTurns(parsed);
    if (turns.length !== 1 || (parsed.channel ?? 'text') === 'call') continue;
    const session = createSession({ channel: parsed.channel ?? 'text' }, engine);
    for (const t of turns) session.push(t);
    const st = session.state();
    const fired: FiredTactic[] = st.tactics.map((t) => ({ id: t.id, stage: t.stage, weight: t.weight }));
    const langs: Lang[] = [st.lang];
    const books = langs.map((l) => engine.playbook(l).playbook);
    const gate = books[0]!.singleMessage ? singleMessageGate(fired, books[0]!.singleMessage, engine.components) : null;
    const raw = scoreAcross(fired, books.map(noCap), st.lang, { channel: parsed.channel ?? 'text', turns: 1, components: engine.components }).risk;
    if (args.includes('--dump')) console.log(`DUMP\t${source.name}|${c.id}\t${half(c.id)}\t${st.verdict}\t${st.risk}\t${gate ?? '-'}\t${c.turns.map((t) => t.text).join(' / ').replace(/\s+/g, ' ').slice(0, 200)}`);
    const key = source.name;
    const r = rows.get(key) ?? { n: 0, single: 0, open: 0, openA: 0, openB: 0, scam: 0, flagged: 0, ge50: 0, ge50open: 0, away: 0, awayA: 0, pairs: new Map() };
    rows.set(key, r);
    r.single++;
    if (st.verdict === 'scam') r.scam++;
    if (st.verdict !== 'safe') r.flagged++;
    if (raw >= 50) { r.ge50++; if (gate) r.ge50open++; }
    const away: string[] = [];
    if (!gate && books[0]!.singleMessage) {
      for (const [name, probe] of PROBES) {
        if (fired.some((f) => f.id === probe.id)) continue;
        const g = singleMessageGate([...fired, probe], books[0]!.singleMessage, engine.components);
        if (g) away.push(`${name}:${g.split(' ')[0]}`);
      }
      for (const a of away) oneAway.set(a, (oneAway.get(a) ?? 0) + 1);
      if (away.length > 0) { r.away++; if (half(c.id) === 'A') r.awayA++; }
      if (away.length > 0 && args.includes('--away') && (devOnly ? half(c.id) === halfArg : true)) {
        const text = c.turns.map((t) => t.text).join(' / ').replace(/\s+/g, ' ');
        console.log(`AWAY ${source.name}\t${c.id}\t${st.verdict} ${st.risk}\t${away.join(',')}\t${fired.filter((f) => f.weight > 0 || engine.components.has(f.id)).map((f) => f.id).join(',')}\t${text.slice(0, 200)}`);
      }
    }
    if (gate) {
      r.open++;
      if (half(c.id) === 'A') r.openA++; else r.openB++;
      const cls = gate.split(' ')[0]!;
      r.pairs.set(gate, (r.pairs.get(gate) ?? 0) + 1);
      r.pairs.set(cls, (r.pairs.get(cls) ?? 0) + 0);
      if (list && (devOnly ? half(c.id) === halfArg : true)) {
        const text = c.turns.map((t) => t.text).join(' / ').replace(/\s+/g, ' ');
        console.log(`${source.name}\t${c.id}\t${st.verdict} ${st.risk}\tuncapped ${raw}\t${gate}\t${text.slice(0, 220)}`);
      }
    }
  }
}
console.log(`\n${scams ? 'SCAM' : 'LEGIT'} one-message texts: source | one-message | gate open (A/B) | one cue away (A) | uncapped >=50 (of which open) | flagged | scam`);
let tot = { single: 0, open: 0, away: 0, ge50: 0, ge50open: 0, flagged: 0, scam: 0 };
for (const [k, r] of rows) {
  console.log(`${k} | ${r.single} | ${r.open} (${r.openA}/${r.openB}) | ${r.away} (${r.awayA}) | ${r.ge50} (${r.ge50open}) | ${r.flagged} | ${r.scam}`);
  for (const k2 of Object.keys(tot) as (keyof typeof tot)[]) tot[k2] += r[k2];
}
console.log(`TOTAL | ${tot.single} | ${tot.open} | ${tot.away} | ${tot.ge50} (${tot.ge50open}) | ${tot.flagged} | ${tot.scam}`);
const byClass = new Map<string, number>();
const byPair = new Map<string, number>();
for (const r of rows.values()) for (const [p, n] of r.pairs) if (n > 0) { byPair.set(p, (byPair.get(p) ?? 0) + n); const cls = p.split(' ')[0]!; byClass.set(cls, (byClass.get(cls) ?? 0) + n); }
console.log('\nby class:', [...byClass].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('by pair:'); for (const [p, n] of [...byPair].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${n}\t${p}`);
console.log('one cue away, by the cue added and the pair it completes:', [...oneAway].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
