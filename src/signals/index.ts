/**
 * The signal providers the default engine runs on every turn, and what each signal id advises.
 * The statistical model is not among them unless the evaluation shows it helps (EVALUATION.md).
 */
import type { SignalCatalogEntry } from '../engine/engine.ts';
import { checkSignals, CHECK_SIGNAL_CATALOG } from '../checks/signals.ts';
import type { SignalProvider } from './types.ts';

export const DEFAULT_SIGNALS: SignalProvider[] = [checkSignals];
export const SIGNAL_CATALOG: SignalCatalogEntry[] = [...CHECK_SIGNAL_CATALOG];
