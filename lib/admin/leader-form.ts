import { leaderSchema, type Leader, type LeaderPhoto, type VerifiedAccount } from '../directory/schema';

/**
 * A leader as the admin page's form holds it: one text box per thing an admin knows (lists as text separated by
 * ";" or new lines), and the photos already hashed. `leaderFromForm` turns it into a schema-1 leader with the same
 * zod schema the feed uses, or names the form fields at fault, so an error shows next to the box that caused it.
 */
export interface LeaderForm {
  id: string;
  name: string;
  aliases: string;
  title: string;
  organization: string;
  facebookId: string;
  facebookUsername: string;
  zaloPhone: string;
  zaloId: string;
  phones: string;
  photos: LeaderPhoto[];
}

export type LeaderField = Exclude<keyof LeaderForm, never>;

/** Why a field was refused: the kind of rule it broke, to be said in the admin's language. */
export type LeaderFieldProblem = 'required' | 'id-format' | 'id-taken' | 'phone' | 'account-empty' | 'photo' | 'invalid';

export type LeaderFormErrors = Partial<Record<LeaderField, LeaderFieldProblem>>;

export const emptyLeaderForm: LeaderForm = {
  id: '',
  name: '',
  aliases: '',
  title: '',
  organization: '',
  facebookId: '',
  facebookUsername: '',
  zaloPhone: '',
  zaloId: '',
  phones: '',
  photos: [],
};

/** Items of a list box: separated by ";" or new lines, blanks dropped. */
export function listItems(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The form for an existing leader. Only the first Facebook and the first Zalo account have boxes. */
export function leaderToForm(leader: Leader): LeaderForm {
  const facebook = leader.accounts.find((a) => a.platform === 'facebook');
  const zalo = leader.accounts.find((a) => a.platform === 'zalo');
  return {
    id: leader.id,
    name: leader.name,
    aliases: leader.aliases.join('; '),
    title: leader.title ?? '',
    organization: leader.organization ?? '',
    facebookId: facebook?.id ?? '',
    facebookUsername: facebook?.username ?? '',
    zaloPhone: zalo?.phone ?? '',
    zaloId: zalo?.id ?? '',
    phones: leader.phones.join('; '),
    photos: leader.photos,
  };
}

/** Accounts beyond the first of each platform, which the form has no boxes for and keeps as they were. */
export function extraAccounts(leader: Leader | undefined): VerifiedAccount[] {
  if (!leader) return [];
  const firstFacebook = leader.accounts.find((a) => a.platform === 'facebook');
  const firstZalo = leader.accounts.find((a) => a.platform === 'zalo');
  return leader.accounts.filter((a) => a !== firstFacebook && a !== firstZalo);
}

const blankToUndefined = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export interface LeaderFormContext {
  /** Ids already in the directory. */
  takenIds: readonly string[];
  /** The leader being edited (its id may stay), or undefined when adding. */
  original?: Leader;
}

export type LeaderFormResult = { ok: true; leader: Leader } | { ok: false; errors: LeaderFormErrors };

export function leaderFromForm(form: LeaderForm, context: LeaderFormContext): LeaderFormResult {
  const accounts: Record<string, unknown>[] = [];
  const accountFields: [LeaderField, LeaderField][] = [];
  const facebook = { id: blankToUndefined(form.facebookId), username: blankToUndefined(form.facebookUsername.replace(/^\s*@/, '')) };
  if (facebook.id || facebook.username) {
    accounts.push({ platform: 'facebook', ...facebook });
    accountFields.push(['facebookId', 'facebookUsername']);
  }
  const zalo = { phone: blankToUndefined(form.zaloPhone), id: blankToUndefined(form.zaloId) };
  if (zalo.phone || zalo.id) {
    accounts.push({ platform: 'zalo', ...zalo });
    accountFields.push(['zaloPhone', 'zaloId']);
  }
  const candidate = {
    id: form.id.trim(),
    name: form.name,
    aliases: listItems(form.aliases),
    title: blankToUndefined(form.title),
    organization: blankToUndefined(form.organization),
    photos: form.photos,
    accounts: [...accounts, ...extraAccounts(context.original)],
    phones: listItems(form.phones),
  };
  const errors: LeaderFormErrors = {};
  const result = leaderSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, index, sub] = issue.path;
      let target: LeaderField;
      let problem: LeaderFieldProblem = 'invalid';
      if (field === 'accounts' && typeof index === 'number') {
        const pair = accountFields[index];
        if (!pair) continue; // an untouched extra account: not this form's business
        target = sub === 'username' || (sub === 'id' && pair[0] === 'zaloPhone') ? pair[1] : pair[0];
        problem = sub === 'phone' ? 'phone' : sub === undefined ? 'account-empty' : 'invalid';
      } else if (field === 'id') {
        target = 'id';
        problem = candidate.id === '' ? 'required' : 'id-format';
      } else if (field === 'name') {
        target = 'name';
        problem = 'required';
      } else if (field === 'phones') {
        target = 'phones';
        problem = 'phone';
      } else if (field === 'photos') {
        target = 'photos';
        problem = 'photo';
      } else if (field === 'aliases' || field === 'title' || field === 'organization') {
        target = field;
      } else {
        continue;
      }
      errors[target] ??= problem;
    }
  }
  if (errors.id === undefined && candidate.id !== context.original?.id && context.takenIds.includes(candidate.id)) errors.id = 'id-taken';
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, leader: result.data };
}
