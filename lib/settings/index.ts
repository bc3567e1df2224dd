import { z } from 'zod';
import type { ProtectionDb } from '../store/db';

/**
 * What the user can change on the options page: which sites are watched, and how loudly a namesake is shown.
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

export const settingsSchema = z.object({
  sites: z
    .object({
      facebook: z.boolean().catch(true),
      zalo: z.boolean().catch(true),
    })
    .catch({ facebook: true, zalo: true }),
  sensitivity: z.enum(sensitivities).catch('normal'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SiteId = keyof Settings['sites'];

export const defaultSettings: Settings = { sites: { facebook: true, zalo: true }, sensitivity: 'normal' };

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
});
