import { site } from './site';
import { environments } from './environments';
import { backend } from './backend';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments, ...backend } as const;
