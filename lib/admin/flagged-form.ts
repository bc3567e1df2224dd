import { flaggedSchema, type FlaggedEntry, type FlaggedKind } from '../directory/schema';

/** A flagged entry (a bank account, phone or account reported as a scam) as the admin page's form holds it. */
export interface FlaggedForm {
  kind: FlaggedKind;
  value: string;
  bank: string;
  holder: string;
  note: string;
}

export type FlaggedField = keyof FlaggedForm;
export type FlaggedFieldProblem = 'required' | 'invalid';
export type FlaggedFormErrors = Partial<Record<FlaggedField, FlaggedFieldProblem>>;

export const emptyFlaggedForm: FlaggedForm = { kind: 'bank-account', value: '', bank: '', holder: '', note: '' };

export function flaggedToForm(entry: FlaggedEntry): FlaggedForm {
  return { kind: entry.kind, value: entry.value, bank: entry.bank ?? '', holder: entry.holder ?? '', note: entry.note ?? '' };
}

const blankToUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export type FlaggedFormResult = { ok: true; entry: FlaggedEntry } | { ok: false; errors: FlaggedFormErrors };

export function flaggedFromForm(form: FlaggedForm): FlaggedFormResult {
  const result = flaggedSchema.safeParse({
    kind: form.kind,
    value: form.value,
    // A bank and a holder only mean something for a bank account.
    bank: form.kind === 'bank-account' ? blankToUndefined(form.bank) : undefined,
    holder: form.kind === 'bank-account' ? blankToUndefined(form.holder) : undefined,
    note: blankToUndefined(form.note),
  });
  if (result.success) return { ok: true, entry: result.data };
  const errors: FlaggedFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'kind' || field === 'value' || field === 'bank' || field === 'holder' || field === 'note') {
      errors[field] ??= field === 'value' ? 'required' : 'invalid';
    }
  }
  return { ok: false, errors };
}
