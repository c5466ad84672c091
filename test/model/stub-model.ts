/**
 * Engines with the rules and a STUB text model whose probability the test sets (src/model/signal.ts
 * `makeModelSignal` over a scorer that returns `p`), for the model-fault files. One engine per (fusion, p),
 * kept for the worker's life: an Engine compiles its playbooks on first use, and a new one per `analyze`
 * compiled them again for every input (test/model/model-faults-s6.test.ts alone: 238 s of a CI run at
 * b714e0e). An engine holds no state between analyses but its compiled playbooks, so sharing it changes
 * no reading (test/model/model-advert-s7.test.ts has shared them so since session 7).
 */
import { Engine } from '../../src/engine/engine.ts';
import { makeModelSignal, modelSignal, type ModelWeightParams } from '../../src/model/signal.ts';
import { PLAYBOOKS } from '../../src/playbook/index.ts';
import { DEFAULT_SIGNALS, SIGNAL_CATALOG } from '../../src/signals/index.ts';

const rulesOnly = DEFAULT_SIGNALS.filter((s) => s !== modelSignal);
const engines = new Map<string, Engine>();

/** The engine whose text model reads every turn at probability `p` under the fusion `params`. */
export function stubModelEngine(params: ModelWeightParams, p: number): Engine {
  const key = `${p} ${JSON.stringify(params)}`;
  let e = engines.get(key);
  if (!e) engines.set(key, e = new Engine({ playbooks: PLAYBOOKS, signals: [...rulesOnly, makeModelSignal(params, () => p)], signalCatalog: SIGNAL_CATALOG }));
  return e;
}
