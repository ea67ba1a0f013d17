import type { fi } from './fi';

/** Every leaf of the Finnish source as a string (or a function returning one), recursively. */
export type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Widen<T[K]>;
};

export type Translations = Widen<typeof fi>;
export type Language = 'fi' | 'sv' | 'en';
export const languages: readonly Language[] = ['fi', 'sv', 'en'];
