import { adminEn } from '../i18n/catalog-admin-en';
import { adminVi, type AdminCatalog, type AdminMessageKey } from '../i18n/catalog-admin-vi';
import { catalogTranslator } from '../i18n/catalog-translator';
import type { Locale } from '../i18n';

const catalogs: Record<Locale, AdminCatalog> = { vi: adminVi, en: adminEn };

/** The admin page's `t`: same `{name}` placeholders as lib/i18n, checked by the compiler against the Vietnamese sentence. */
export const ta = catalogTranslator<typeof adminVi>(catalogs);

export function adminCatalogOf(locale: Locale): AdminCatalog {
  return catalogs[locale];
}

export type { AdminMessageKey };
