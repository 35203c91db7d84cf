import { site } from './site';
import { environments } from './environments';
import { act, bp, fit, gd2, net, nn } from './nn';

/** All English interface strings, by key. Add a module per area and spread it here. */
export const en = { ...site, ...environments, ...nn, ...net, ...bp, ...act, ...fit, ...gd2 } as const;
