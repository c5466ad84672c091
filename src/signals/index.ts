/**
 * The signal providers the default engine runs on every turn, and what each signal id advises.
 * The text classifier is on: it raised held-out recall without one more false positive on real
 * text (EVALUATION.md, "The model"); it only corroborates, never flags alone.
 */
import type { SignalCatalogEntry } from '../engine/engine.ts';
import { checkSignals, CHECK_SIGNAL_CATALOG } from '../checks/signals.ts';
import { modelSignal, MODEL_SIGNAL_ID } from '../model/signal.ts';
import type { SignalProvider } from './types.ts';
import { indicatorSignal, INDICATOR_SIGNAL_CATALOG } from './indicators.ts';

export const DEFAULT_SIGNALS: SignalProvider[] = [checkSignals, indicatorSignal, modelSignal];
export const SIGNAL_CATALOG: SignalCatalogEntry[] = [...CHECK_SIGNAL_CATALOG, ...INDICATOR_SIGNAL_CATALOG, { id: MODEL_SIGNAL_ID, advice: [] }];
