import { reportEn } from '../i18n/catalog-report-en';
import { reportVi, type ReportCatalog, type ReportMessageKey } from '../i18n/catalog-report-vi';
import { catalogTranslator } from '../i18n/catalog-translator';
import type { Locale } from '../i18n';

const catalogs: Record<Locale, ReportCatalog> = { vi: reportVi, en: reportEn };

/** The report's `t`: `{name}` placeholders checked by the compiler against the Vietnamese sentence. */
export const tr = catalogTranslator<typeof reportVi>(catalogs);

export function reportCatalogOf(locale: Locale): ReportCatalog {
  return catalogs[locale];
}

export type { ReportMessageKey };
