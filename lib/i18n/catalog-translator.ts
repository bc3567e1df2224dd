import type { Placeholders } from './catalog';
import type { Locale } from './locale';

/**
 * A `t` for one catalog pair (the check page's, the admin page's, the report's): the Vietnamese catalog is the
 * primary one, its sentences' `{name}` placeholders are the parameters the compiler asks for, and a placeholder left
 * without a value stays visible rather than crashing the page.
 */
export function catalogTranslator<Vi extends Record<string, string>>(catalogs: Record<Locale, Record<keyof Vi, string>>) {
  type Key = keyof Vi & string;
  type Params<K extends Key> = [Placeholders<Vi[K]>] extends [never] ? [params?: Record<string, never>] : [params: Record<Placeholders<Vi[K]>, string | number>];
  return function translate<K extends Key>(locale: Locale, key: K, ...[params]: Params<K>): string {
    const values = (params ?? {}) as Record<string, string | number | undefined>;
    return catalogs[locale][key].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}
