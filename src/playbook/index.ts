/** The shipped playbooks, one per language. */
import type { Lang } from '../types.ts';
import type { PlaybookDef } from './schema.ts';
import { zhPlaybook } from './zh/index.ts';
import { enPlaybook } from './en/index.ts';

export const PLAYBOOKS: Record<Lang, PlaybookDef> = { zh: zhPlaybook, en: enPlaybook };
