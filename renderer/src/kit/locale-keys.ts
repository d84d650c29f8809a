import i18n from '../i18n/index.js';
import { LANGUAGES } from '../i18n/index.js';
import { localeKeys, type ActionTable } from './action-table.js';

/**
 * The keys an action table needs that a language lacks (a plural form counts as the key).
 * i18next falls back to English silently, so a missing Chinese word would only show as
 * English on screen: the tests of each table call this for every language.
 */
export function missingLocaleKeys<Row>(table: ActionTable<Row>): Array<{ lang: string; key: string }> {
  const missing: Array<{ lang: string; key: string }> = [];
  for (const lang of LANGUAGES) {
    for (const key of localeKeys(table)) {
      const has = ['', '_one', '_other'].some((suffix) => typeof i18n.getResource(lang, table.namespace, `${key}${suffix}`) === 'string');
      if (!has) missing.push({ lang, key });
    }
  }
  return missing;
}
