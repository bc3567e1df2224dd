import type { MessageKey, MessageParams, Catalog } from './catalog';
import { vi } from './catalog-vi';
import { en } from './catalog-en';
import type { Locale } from './locale';

const catalogs: Record<Locale, Catalog> = { vi, en };

type ParamsArg<K extends MessageKey> = [keyof MessageParams<K>] extends [never]
  ? [params?: Record<string, never>]
  : [params: MessageParams<K>];

/**
 * The sentence for `key` in `locale`, with `{name}` placeholders filled from `params`. The params a key needs
 * are checked by the compiler; a placeholder without a value is left visible rather than crashing the page's UI.
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  const template = catalogs[locale][key];
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The raw catalog of a locale, for tests and tools that walk every key. */
export function catalogOf(locale: Locale): Catalog {
  return catalogs[locale];
}
