import { useCallback, useEffect, useRef, useState } from 'react';

/** Values as the server will store them: strings trimmed, at any depth. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, normalise(v)]));
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export interface VersionedDraft<V extends Record<string, unknown>> {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  /** The fields the user changed from the version her edit is based on. */
  changed: (keyof V)[];
  /** The version the edit is based on: sent with the save, refused (409) if someone saved since. */
  baseVersion: number;
  /** The saved value beside a field the user changed, once the latest version has been loaded. */
  savedValue: (field: keyof V) => V[keyof V] | undefined;
  /** Merges the latest saved version: fields the user left alone take it, what she typed stays. */
  mergeLatest: (latest: V, version: number) => void;
  /** Starts over from a saved version (after the user's own save). */
  reset: (saved: V, version: number) => void;
  /** The changed fields with their normalised values, for a PATCH. */
  patch: () => Partial<V>;
}

/**
 * An edit of part of a document people edit together (optimistic locking on `version`). A newer version
 * that did not touch what the user is editing (her own save in another part of the page, say) is taken
 * in silently; one that did keeps the old version as the base, so the server refuses the save and the
 * user loads the latest version beside what she typed, losing nothing.
 */
export function useVersionedDraft<V extends Record<string, unknown>>(
  source: V,
  version: number,
): VersionedDraft<V> {
  const [values, setValues] = useState<V>(source);
  const [base, setBase] = useState<{ values: V; version: number }>({ values: source, version });
  const [latestShown, setLatestShown] = useState(false);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const baseRef = useRef(base);
  baseRef.current = base;

  const keys = Object.keys(source) as (keyof V)[];
  const changed = keys.filter((key) => !sameValue(values[key], base.values[key]));

  // A newer version arrived in the cache.
  const sourceKey = JSON.stringify(source);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the saved version only
  useEffect(() => {
    const current = baseRef.current;
    if (version <= current.version) return;
    const typed = valuesRef.current;
    const touched = keys.filter((key) => !sameValue(typed[key], current.values[key]));
    const theirs = keys.filter((key) => !sameValue(source[key], current.values[key]));
    const clash = touched.some((key) => theirs.includes(key));
    setValues((previous) => {
      const next = { ...previous };
      for (const key of keys) if (!touched.includes(key)) next[key] = source[key];
      return next;
    });
    if (!clash) setBase({ values: source, version });
  }, [version, sourceKey]);

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
  }, []);

  const mergeLatest = useCallback((latest: V, latestVersion: number) => {
    const current = baseRef.current;
    setValues((typed) => {
      const next = { ...typed };
      for (const key of Object.keys(latest) as (keyof V)[]) {
        if (sameValue(typed[key], current.values[key])) next[key] = latest[key];
      }
      return next;
    });
    setBase({ values: latest, version: latestVersion });
    setLatestShown(true);
  }, []);

  const reset = useCallback((saved: V, savedVersion: number) => {
    setValues(saved);
    setBase({ values: saved, version: savedVersion });
    setLatestShown(false);
  }, []);

  const savedValue = (field: keyof V) =>
    latestShown && !sameValue(values[field], base.values[field]) ? base.values[field] : undefined;

  const patch = () => {
    const out: Partial<V> = {};
    for (const key of changed) out[key] = normalise(values[key]) as V[keyof V];
    return out;
  };

  return { values, set, changed, baseVersion: base.version, savedValue, mergeLatest, reset, patch };
}
