import { adminEn } from '../i18n/catalog-admin-en';
import { adminVi, type AdminCatalog, type AdminMessageKey } from '../i18n/catalog-admin-vi';
import type { Locale, Placeholders } from '../i18n';

/** The admin page's `t`: same `{name}` placeholders as lib/i18n, checked by the compiler against the Vietnamese sentence. */
const catalogs: Record<Locale, AdminCatalog> = { vi: adminVi, en: adminEn };

type ParamsArg<K extends AdminMessageKey> = [Placeholders<(typeof adminVi)[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: Record<Placeholders<(typeof adminVi)[K]>, string | number>];

export function ta<K extends AdminMessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  return catalogs[locale][key].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function adminCatalogOf(locale: Locale): AdminCatalog {
  return catalogs[locale];
}

export type { AdminMessageKey };
