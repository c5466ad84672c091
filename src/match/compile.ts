/**
 * Compile a playbook once: every cue term, guard and turn guard goes into ONE Aho-Corasick
 * automaton, so a turn is scanned a single time whatever the number of tactics.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { PlaybookSchema, type EntityKind, type Playbook, type PlaybookDef, type Tactic } from '../playbook/schema.ts';
import { compileVariants, normaliseTerm, type VariantFolder } from '../normalise/normalise.ts';

export type CompiledCue =
  | { type: 'any'; terms: number[] }
  | { type: 'all'; groups: number[][]; within: number; ordered: boolean }
  | { type: 'entity'; kind: EntityKind; near: number[] | null; within: number };

export interface CompiledTactic {
  def: Tactic;
  cues: CompiledCue[];
  /** Term ids that, in the same sentence, suppress this tactic's cues. */
  guards: Set<number>;
}

export interface CompiledPlaybook {
  playbook: Playbook;
  variants: VariantFolder;
  matcher: AhoCorasick;
  /** Normalised term → id (index into `terms`). */
  termIds: Map<string, number>;
  terms: string[];
  tactics: CompiledTactic[];
  tacticById: Map<string, CompiledTactic>;
  turnGuards: Set<number>;
  /** Term id → indexes of the tactics whose cues use it: only those are checked on a turn. */
  tacticsByTerm: Map<number, number[]>;
  /** Entity kind → indexes of tactics with a bare entity cue (no `near` term to trigger them). */
  tacticsByEntity: Map<EntityKind, number[]>;
}

/** `signalIds`: ids that signal providers (links, numbers, QR, model) emit, so composites may name them. */
export function compilePlaybook(def: PlaybookDef, signalIds: ReadonlySet<string> = new Set()): CompiledPlaybook {
  const playbook = PlaybookSchema.parse(def);
  const variants = compileVariants(playbook.variants);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (raw: string): number => {
    const t = normaliseTerm(raw, variants);
    if (t.length === 0) throw new Error(`playbook ${playbook.lang}: term "${raw}" is empty after normalisation`);
    let id = termIds.get(t);
    if (id === undefined) { id = terms.length; terms.push(t); termIds.set(t, id); }
    return id;
  };

  const seen = new Set<string>();
  const tactics = playbook.tactics.map((def): CompiledTactic => {
    if (seen.has(def.id)) throw new Error(`playbook ${playbook.lang}: duplicate tactic id ${def.id}`);
    seen.add(def.id);
    const guards = new Set<number>(def.unless.map(idOf));
    for (const name of def.guards) {
      const list = playbook.guards[name];
      if (!list) throw new Error(`tactic ${def.id}: unknown guard list "${name}"`);
      for (const g of list) guards.add(idOf(g));
    }
    const cues = def.cues.map((cue): CompiledCue => {
      if ('any' in cue) return { type: 'any', terms: cue.any.map(idOf) };
      if ('all' in cue) return { type: 'all', groups: cue.all.map((g) => g.map(idOf)), within: cue.within, ordered: cue.ordered };
      return { type: 'entity', kind: cue.entity, near: cue.near ? cue.near.map(idOf) : null, within: cue.within };
    });
    return { def, cues, guards };
  });
  const turnGuards = new Set(playbook.turnGuards.map(idOf));
  for (const c of playbook.composites) {
    for (const sel of [...c.all, ...(c.any ?? [])]) {
      if (sel.startsWith('stage:') || sel.endsWith('.*')) continue;
      if (!seen.has(sel) && !signalIds.has(sel)) throw new Error(`composite ${c.id}: unknown tactic ${sel}`);
    }
  }
  const tacticsByTerm = new Map<number, number[]>();
  const tacticsByEntity = new Map<EntityKind, number[]>();
  const index = <K>(map: Map<K, number[]>, key: K, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]); else if (list[list.length - 1] !== i) list.push(i);
  };
  tactics.forEach((t, i) => {
    for (const cue of t.cues) {
      if (cue.type === 'any') for (const id of cue.terms) index(tacticsByTerm, id, i);
      // An `all` cue needs every group, so its first group is enough to trigger the check.
      else if (cue.type === 'all') for (const id of cue.groups[0]!) index(tacticsByTerm, id, i);
      else if (cue.near) for (const id of cue.near) index(tacticsByTerm, id, i);
      else index(tacticsByEntity, cue.kind, i);
    }
  });
  return {
    playbook, variants, matcher: new AhoCorasick(terms), termIds, terms, tactics,
    tacticById: new Map(tactics.map((t) => [t.def.id, t])), turnGuards, tacticsByTerm, tacticsByEntity,
  };
}
