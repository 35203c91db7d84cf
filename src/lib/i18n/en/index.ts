import { site } from './site';
import { environments } from './environments';
import { quiz } from './quiz';
import { conv, uiParts } from './conv';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments, ...quiz, ...conv, ...uiParts } as const;
