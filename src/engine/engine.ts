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

  constructor(private readonly options: EngineOptions) {
    this.signals = options.signals ?? [];
    this.signalAdviceById = new Map((options.signalCatalog ?? []).map((s) => [s.id, s.advice]));
  }

  playbook(lang: Lang): CompiledPlaybook {
    let cp = this.compiled.get(lang);
    if (!cp) {
      cp = compilePlaybook(this.options.playbooks[lang], new Set(this.signalAdviceById.keys()));
      this.compiled.set(lang, cp);
    }
    return cp;
  }

  /** A tactic's description in `out`, looked up in the playbook that defines it. */
  describe(id: string, out: Lang, lang: Lang): string {
    const t = this.playbook(lang).tacticById.get(id);
    return t ? t.def.description[out] : id;
  }

  signalAdvice(id: string): AdviceId[] {
    return this.signalAdviceById.get(id) ?? [];
  }
}
