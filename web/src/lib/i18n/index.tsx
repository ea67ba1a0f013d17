import type { StaffRole } from '@lumo/domain';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';
import { type Language, languages, type Translations } from './types';

export type { Language, Translations } from './types';
export { languages } from './types';

export const translations: Record<Language, Translations> = { fi, sv, en };

const STORAGE_KEY = 'lumo.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language remembered in this browser (chosen before or after sign-in); Finnish by default. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'fi';
  } catch {
    return 'fi';
  }
}

interface I18n {
  lang: Language;
  t: Translations;
  /** Shows the interface in this language and remembers it in this browser. */
  setLanguage: (lang: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(storedLanguage);

  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLanguage = useCallback((next: Language) => {
    setLang(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts until the page is reloaded.
    }
  }, []);

  const value = useMemo(() => ({ lang, t: translations[lang], setLanguage }), [lang, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

/**
 * A staff member's job in the reader's language: her role names it; a partner professional's title,
 * her organisation's own words, and a title no role names are shown as written.
 */
export function staffTitle(staff: { title: string; role?: StaffRole | null }, t: Translations): string {
  return staff.role && staff.role !== 'partner' ? t.common.staffRoles[staff.role] : staff.title;
}

/** A bilingual name from the API in the current language; English falls back to Finnish. */
export function localName(name: { fi: string; sv: string }, lang: Language): string {
  return lang === 'sv' ? name.sv || name.fi : name.fi;
}
