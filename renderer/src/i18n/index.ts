/// <reference types="vite/client" />
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Every `locales/<lang>/<namespace>.json` is loaded at build time: adding a namespace file
 * needs no code change here. English is the fallback for any missing key.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'novadesk.language';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

export function resourcesFrom(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {};
  for (const [path, json] of Object.entries(modules)) {
    const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m?.[1] || !m[2]) continue;
    (resources[m[1]] ??= {})[m[2]] = json;
  }
  return resources;
}

function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    if (v && (LANGUAGES as readonly string[]).includes(v)) return v as Language;
  } catch {
    // no storage: fall back to English
  }
  return 'en';
}

const resources = resourcesFrom(files);
const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'en',
  ns: namespaces,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function applyLang(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
applyLang(i18n.language);

/** Switch and remember the language. */
export function setLanguage(lng: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // the choice then lasts for the run
  }
  void i18n.changeLanguage(lng);
  applyLang(lng);
}

export default i18n;
