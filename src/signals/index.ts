/** The signal providers the default engine runs on every turn, and what each signal id advises. */
import type { SignalCatalogEntry } from '../engine/engine.ts';
import type { SignalProvider } from './types.ts';

export const DEFAULT_SIGNALS: SignalProvider[] = [];
export const SIGNAL_CATALOG: SignalCatalogEntry[] = [];
