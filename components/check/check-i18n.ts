import { checkEn } from '../../lib/i18n/catalog-check-en';
import { checkVi, type CheckCatalog, type CheckMessageKey } from '../../lib/i18n/catalog-check-vi';
import { catalogTranslator } from '../../lib/i18n/catalog-translator';
import type { Locale } from '../../lib/i18n';

const catalogs: Record<Locale, CheckCatalog> = { vi: checkVi, en: checkEn };

/** The check page's and popup's `t`: `{name}` placeholders checked by the compiler against the Vietnamese sentence. */
export const tc = catalogTranslator<typeof checkVi>(catalogs);

export function checkCatalogOf(locale: Locale): CheckCatalog {
  return catalogs[locale];
}

export type { CheckMessageKey };
