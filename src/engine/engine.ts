/**
 * The engine: compiled playbooks (built once, shared by every session) and the signal providers.
 * `analyze` and `createSession` in src/index.ts use one default engine.
 */
import type { AdviceId, PlaybookDef } from '../playbook/schema.ts';
import type { Lang } from '../types.ts';
import { compilePlaybook, type CompiledPlaybook } from '../match/compile.ts';
import type { SignalProvider } from '../signals/types.ts';

export interface SignalCatalogEntry {
  id: string;
  advice: AdviceId[];
  /** A weight-0 frame a composite reads (like a playbook tactic's `role: 'component'`): shown "in combination", never "+0". */
  component?: boolean;
}

export interface EngineOptions {
  playbooks: Record<Lang, PlaybookDef>;
  signals?: SignalProvider[];
  /** Ids the signal providers emit (so composites may name them) and the advice each triggers. */
  signalCatalog?: SignalCatalogEntry[];
}

export class Engine {
  readonly signals: readonly SignalProvider[];
  private readonly compiled = new Map<Lang, CompiledPlaybook>();
  private readonly signalAdviceById: Map<string, AdviceId[]>;
  /** Tactics marked `scoreOnly` in any playbook: frames the score reads, never signal or model evidence. */
  readonly scoreOnly: ReadonlySet<string>;
  /** Tactics with `role: 'component'` in any playbook: evidence read only by composites and score rules. */
  readonly components: ReadonlySet<string>;
  /**
   * The playbooks' legitimacy frames (`promotion.frames`: "a shop's advert", "a sender's own mass
   * notice"): reasons to stay calm, listed last under a non-safe verdict, never as its first reason.
   */
  readonly calmFrames: ReadonlySet<string>;
  /** Each playbook's tactic ids, from its definition: a lookup that needs no other playbook compiled. */
  private readonly tacticIds: ReadonlyMap<Lang, ReadonlySet<string>>;

  constructor(private readonly options: EngineOptions) {
    this.signals = options.signals ?? [];
    this.scoreOnly = new Set(Object.values(options.playbooks).flatMap((p) => p.tactics.filter((t) => t.scoreOnly).map((t) => t.id)));
    this.components = new Set([
      ...Object.values(options.playbooks).flatMap((p) => p.tactics.filter((t) => t.role === 'component').map((t) => t.id)),
      ...(options.signalCatalog ?? []).filter((s) => s.component).map((s) => s.id),
    ]);
    this.calmFrames = new Set(Object.values(options.playbooks).flatMap((p) => Object.keys(p.promotion?.frames ?? {})));
    this.signalAdviceById = new Map((options.signalCatalog ?? []).map((s) => [s.id, s.advice]));
    this.tacticIds = new Map((Object.entries(options.playbooks) as [Lang, PlaybookDef][]).map(([l, p]) => [l, new Set(p.tactics.map((t) => t.id))]));
  }

  playbook(lang: Lang): CompiledPlaybook {
    let cp = this.compiled.get(lang);
    if (!cp) {
      cp = compilePlaybook(this.options.playbooks[lang], new Set(this.signalAdviceById.keys()));
      this.compiled.set(lang, cp);
    }
    return cp;
  }

  /** A tactic's description in `out`, looked up in the input's playbook first, then the others. */
  describe(id: string, out: Lang, lang: Lang): string {
    const t = this.tactic(id, lang);
    return t ? t.def.description[out] : id;
  }

  /** The advice a playbook tactic triggers (input's playbook first), or undefined for a signal id. */
  tacticAdvice(id: string, lang: Lang): AdviceId[] | undefined {
    return this.tactic(id, lang)?.def.advice;
  }

  private tactic(id: string, lang: Lang) {
    const own = this.playbook(lang).tacticById.get(id);
    if (own) return own;
    for (const other of Object.keys(this.options.playbooks) as Lang[]) {
      // A signal's id (contact.model, shift.link) is in no playbook: compiling another language's
      // playbook to look for it cost a zh check the en compile (fanzha check's start-up).
      if (other === lang || !this.tacticIds.get(other)?.has(id)) continue;
      const t = this.playbook(other).tacticById.get(id);
      if (t) return t;
    }
    return undefined;
  }

  signalAdvice(id: string): AdviceId[] {
    return this.signalAdviceById.get(id) ?? [];
  }
}
