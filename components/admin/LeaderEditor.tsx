import { useState, type RefObject } from 'react';
import { ta } from '../../lib/admin/i18n';
import { emptyLeaderForm, extraAccounts, leaderFromForm, leaderToForm, type LeaderField, type LeaderForm } from '../../lib/admin/leader-form';
import { hashPhotoFile, PDQ_MIN_QUALITY } from '../../lib/admin/photo';
import type { Leader } from '../../lib/directory/schema';
import type { Locale } from '../../lib/i18n';
import type { AdminEnvironment } from './environment';
import { Field, FilePicker } from './Field';

const textFields: LeaderField[] = ['id', 'name', 'aliases', 'title', 'organization', 'facebookId', 'facebookUsername', 'zaloPhone', 'zaloId', 'phones'];

/**
 * Add or edit one leader. Validated with the directory's zod schema on every keystroke once the admin has typed
 * in a box (or pressed Save), the error shown under the box at fault.
 */
export function LeaderEditor(props: {
  locale: Locale;
  env: AdminEnvironment;
  original?: Leader;
  takenIds: string[];
  onSave: (leader: Leader) => void;
  onCancel: () => void;
  /** The form element, for the panel's focus handling (editor-focus.ts). */
  formRef?: RefObject<HTMLFormElement>;
}) {
  const { locale, env, original } = props;
  const [form, setForm] = useState<LeaderForm>(original ? leaderToForm(original) : emptyLeaderForm);
  const [touched, setTouched] = useState<ReadonlySet<LeaderField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [photoMessage, setPhotoMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const result = leaderFromForm(form, { takenIds: props.takenIds, original });
  const errorOf = (field: LeaderField) => {
    if (result.ok || (!submitted && !touched.has(field))) return undefined;
    const problem = result.errors[field];
    return problem ? ta(locale, `field.${problem}`) : undefined;
  };
  const set = (field: LeaderField) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((t) => new Set(t).add(field));
  };

  async function addPhotos(files: File[]) {
    for (const file of files) {
      setPhotoMessage({ text: ta(locale, 'leader.photoHashing'), bad: false });
      const hashed = await hashPhotoFile(file, env.decodeImage);
      if (hashed.ok) {
        setForm((f) => ({ ...f, photos: [...f.photos, hashed.photo] }));
        setPhotoMessage({ text: ta(locale, 'leader.photoAdded', { file: file.name, quality: hashed.photo.quality }), bad: false });
      } else if (hashed.reason === 'low-quality') {
        setPhotoMessage({ text: ta(locale, 'leader.photoLowQuality', { file: file.name, quality: hashed.quality, min: PDQ_MIN_QUALITY }), bad: true });
      } else {
        setPhotoMessage({ text: ta(locale, 'leader.photoUndecodable', { file: file.name }), bad: true });
      }
    }
  }

  const extra = extraAccounts(original).length;
  return (
    <form
      ref={props.formRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      aria-label={original ? ta(locale, 'leader.editorEdit', { name: original.name }) : ta(locale, 'leader.editorAdd')}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (result.ok) props.onSave(result.leader);
      }}
    >
      <fieldset>
        <legend>{original ? ta(locale, 'leader.editorEdit', { name: original.name }) : ta(locale, 'leader.editorAdd')}</legend>
        <div className="adm-row">
          {textFields.map((field) => (
            <Field key={field} name={`leader-${field}`} label={ta(locale, `leader.${field}` as `leader.${'id'}`)} value={form[field] as string} onChange={set(field)} error={errorOf(field)} />
          ))}
        </div>
        {extra > 0 ? <p className="adm-hint">{ta(locale, 'leader.extraAccounts', { count: extra })}</p> : null}
        <h3>{ta(locale, 'leader.photos')}</h3>
        <ul>
          {form.photos.map((photo, i) => (
            <li key={`${photo.pdq}-${i}`}>
              {ta(locale, 'leader.photoItem', { number: i + 1, quality: photo.quality })} <code>{photo.pdq.slice(0, 16)}…</code>{' '}
              <button type="button" onClick={() => setForm((f) => ({ ...f, photos: f.photos.filter((_, j) => j !== i) }))}>
                {ta(locale, 'leader.photoRemove', { number: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
        <FilePicker name="leader-photo" label={ta(locale, 'leader.photoPick')} accept="image/jpeg,image/png" multiple onFiles={(f) => void addPhotos(f)} />
        <div role="status" aria-live="polite">
          {photoMessage ? <p className={photoMessage.bad ? 'adm-alert' : 'adm-hint'}>{photoMessage.text}</p> : null}
        </div>
        {submitted && !result.ok ? (
          <p className="adm-error" role="alert">
            {ta(locale, 'leader.fixErrors')}
          </p>
        ) : null}
        <button type="submit" className="adm-primary">
          {ta(locale, 'leader.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {ta(locale, 'leader.cancel')}
        </button>
      </fieldset>
    </form>
  );
}
