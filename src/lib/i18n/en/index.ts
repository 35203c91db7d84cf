import { site } from './site';
import { environments } from './environments';
import { backend } from './backend';
import { quiz } from './quiz';
import { metrics } from './metrics';
import { lab } from './lab';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments, ...backend, ...quiz, ...metrics, ...lab } as const;
