import { checkEn } from '../../lib/i18n/catalog-check-en';
import { checkVi, type CheckCatalog, type CheckMessageKey } from '../../lib/i18n/catalog-check-vi';
import type { Locale, Placeholders } from '../../lib/i18n';

/** The check page's and popup's `t`: `{name}` placeholders checked by the compiler against the Vietnamese sentence. */
const catalogs: Record<Locale, CheckCatalog> = { vi: checkVi, en: checkEn };

type ParamsArg<K extends CheckMessageKey> = [Placeholders<(typeof checkVi)[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: Record<Placeholders<(typeof checkVi)[K]>, string | number>];

export function tc<K extends CheckMessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  return catalogs[locale][key].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function checkCatalogOf(locale: Locale): CheckCatalog {
  return catalogs[locale];
}

export type { CheckMessageKey };
