import { site } from './site';
import { environments } from './environments';
import { quiz } from './quiz';
import { progress } from './progress';
import { instructor } from './instructor';
import { linear } from './linear';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments, ...quiz, ...progress, ...instructor, ...linear } as const;
