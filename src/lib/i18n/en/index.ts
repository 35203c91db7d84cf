import { site } from './site';
import { environments } from './environments';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments } as const;
