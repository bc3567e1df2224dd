import { reportEn } from '../i18n/catalog-report-en';
import { reportVi, type ReportCatalog, type ReportMessageKey } from '../i18n/catalog-report-vi';
import type { Locale, Placeholders } from '../i18n';

const catalogs: Record<Locale, ReportCatalog> = { vi: reportVi, en: reportEn };

type ParamsArg<K extends ReportMessageKey> = [Placeholders<(typeof reportVi)[K]>] extends [never]
  ? [params?: Record<string, never>]
  : [params: Record<Placeholders<(typeof reportVi)[K]>, string | number>];

/** The report's `t`: `{name}` placeholders checked by the compiler against the Vietnamese sentence. */
export function tr<K extends ReportMessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  return catalogs[locale][key].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function reportCatalogOf(locale: Locale): ReportCatalog {
  return catalogs[locale];
}

export type { ReportMessageKey };
