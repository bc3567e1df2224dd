import { z } from 'zod';
import { localeFromLanguage, type Locale } from '../i18n/locale';
import type { ProtectionDb } from '../store/db';

/**
 * What the user can change on the options page: which sites are watched, how loudly a namesake is shown, and the
 * language the extension speaks.
 * Stored in the background's IndexedDB (the background decides every answer, so the content scripts never read
 * settings), and validated with zod whenever read: a damaged or older value falls back to the defaults field by
 * field.
 *
 * Sensitivity:
 * - `normal` ("bình thường"): a namesake (same name as a leader, nothing else) gets the quiet grey note.
 * - `high` ("cao"): a namesake gets an amber banner instead, with the leader's verified accounts and phones.
 *   Nothing else changes: lookalike, danger and hijack-risk are already banners.
 */
export const sensitivities = ['normal', 'high'] as const;
export type Sensitivity = (typeof sensitivities)[number];

/**
 * Language ("Ngôn ngữ / Language"):
 * - `auto`: the browser's language (localeFromLanguage: English for an English browser, Vietnamese for anything else).
 * - `vi`, `en`: that language, whatever the browser's.
 * Every place that shows words follows it: the banners (the background puts the locale in each answer), the
 * toolbar titles and context menu, the popup, the check, options and admin pages.
 */
export const languages = ['auto', 'vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** The locale a language setting means, given the browser's UI language tag (navigator.language) for `auto`. */
export function resolveLanguage(language: Language, uiLanguage: string | undefined): Locale {
  return language === 'auto' ? localeFromLanguage(uiLanguage) : language;
}

export const settingsSchema = z.object({
  sites: z
    .object({
      facebook: z.boolean().catch(true),
      zalo: z.boolean().catch(true),
    })
    .catch({ facebook: true, zalo: true }),
  sensitivity: z.enum(sensitivities).catch('normal'),
  // Settings stored before the language setting existed have no `language`: they read as 'auto'.
  language: z.enum(languages).catch('auto'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SiteId = keyof Settings['sites'];

export const defaultSettings: Settings = { sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'auto' };

const KEY = 'settings';

export async function readSettings(db: ProtectionDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? defaultSettings);
  return parsed.success ? parsed.data : defaultSettings;
}

/** Stores settings already validated by the protocol (strict: no field may be missing or wrong there). */
export async function writeSettings(db: ProtectionDb, settings: Settings): Promise<Settings> {
  const clean = settingsSchema.parse(settings);
  await db.settings.put({ key: KEY, value: clean });
  return clean;
}

/** The strict shape a request must carry to change settings (no silent defaults for what the user sent). */
export const settingsInputSchema = z.object({
  sites: z.object({ facebook: z.boolean(), zalo: z.boolean() }),
  sensitivity: z.enum(sensitivities),
  language: z.enum(languages),
});
