import type { Platform } from '../directory/schema';
import { phoneKey } from '../directory/phones';
import type { ProtectionDb, MistakeMark } from './db';

/** The strongest stable key of an account the page showed: id, else username, else phone. */
export function accountKeyOf(account: { platform: Platform; id?: string; username?: string; phone?: string }): string | undefined {
  if (account.id) return `${account.platform}:id:${account.id}`;
  if (account.username) return `${account.platform}:username:${account.username.toLowerCase()}`;
  if (account.phone) return `${account.platform}:phone:${phoneKey(account.phone)}`;
  return undefined;
}

export async function markMistake(db: ProtectionDb, mark: Omit<MistakeMark, 'markedAt'>, now = new Date()): Promise<void> {
  await db.mistakes.put({ ...mark, markedAt: now.toISOString() });
}

export async function isMarkedMistake(db: ProtectionDb, accountKey: string | undefined): Promise<boolean> {
  return accountKey !== undefined && (await db.mistakes.get(accountKey)) !== undefined;
}

export async function unmarkMistake(db: ProtectionDb, accountKey: string): Promise<void> {
  await db.mistakes.delete(accountKey);
}

export const listMistakes = (db: ProtectionDb): Promise<MistakeMark[]> => db.mistakes.orderBy('accountKey').toArray();
