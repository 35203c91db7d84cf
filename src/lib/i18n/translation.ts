/** A translation of one area's English strings: the same keys, no more and no fewer. */
export type Translation<T> = { readonly [K in keyof T]: string };
