import { useId, useState, type RefObject } from 'react';
import { searchFlagged } from '../../lib/admin/edits';
import { emptyFlaggedForm, flaggedFromForm, flaggedToForm, type FlaggedField, type FlaggedForm } from '../../lib/admin/flagged-form';
import { ta } from '../../lib/admin/i18n';
import { flaggedKindSchema, type FlaggedEntry, type LeaderDirectory } from '../../lib/directory/schema';
import type { Locale } from '../../lib/i18n';
import { Field } from './Field';
import { useEditorFocus } from './editor-focus';

function FlaggedEditor(props: { locale: Locale; original?: FlaggedEntry; onSave: (entry: FlaggedEntry) => void; onCancel: () => void; formRef?: RefObject<HTMLFormElement> }) {
  const { locale, original } = props;
  const [form, setForm] = useState<FlaggedForm>(original ? flaggedToForm(original) : emptyFlaggedForm);
  const [touched, setTouched] = useState<ReadonlySet<FlaggedField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const kindId = useId();
  const result = flaggedFromForm(form);
  const errorOf = (field: FlaggedField) => {
    if (result.ok || (!submitted && !touched.has(field))) return undefined;
    const problem = result.errors[field];
    return problem ? ta(locale, `field.${problem}`) : undefined;
  };
  const set = (field: FlaggedField) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((t) => new Set(t).add(field));
  };
  const title = original ? ta(locale, 'flagged.editorEdit', { value: original.value }) : ta(locale, 'flagged.editorAdd');
  return (
    <form
      ref={props.formRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (result.ok) props.onSave(result.entry);
      }}
    >
      <fieldset>
        <legend>{title}</legend>
        <label htmlFor={kindId}>{ta(locale, 'flagged.kind')}</label>
        <select id={kindId} name="flagged-kind" value={form.kind} onChange={(e) => set('kind')(e.currentTarget.value)}>
          {flaggedKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {ta(locale, `flagged.kind.${kind}`)}
            </option>
          ))}
        </select>
        <div className="adm-row">
          <Field name="flagged-value" label={ta(locale, 'flagged.value')} value={form.value} onChange={set('value')} error={errorOf('value')} />
          {form.kind === 'bank-account' ? (
            <>
              <Field name="flagged-bank" label={ta(locale, 'flagged.bank')} value={form.bank} onChange={set('bank')} error={errorOf('bank')} />
              <Field name="flagged-holder" label={ta(locale, 'flagged.holder')} value={form.holder} onChange={set('holder')} error={errorOf('holder')} />
            </>
          ) : null}
          <Field name="flagged-note" label={ta(locale, 'flagged.note')} value={form.note} onChange={set('note')} error={errorOf('note')} />
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

/** Step 3: the bank accounts, phones and accounts reported as scams. */
export function FlaggedPanel(props: {
  locale: Locale;
  directory: LeaderDirectory;
  onSave: (entry: FlaggedEntry, index: number | undefined) => void;
  onRemove: (index: number) => void;
}) {
  const { locale, directory } = props;
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ index?: number } | null>(null);
  const focus = useEditorFocus(editing !== null);
  const open = (next: { index?: number }) => {
    focus.rememberOpener();
    setEditing(next);
  };
  const headingId = useId();
  const shown = searchFlagged(directory.flagged, query);
  const original = editing?.index === undefined ? undefined : directory.flagged[editing.index];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{ta(locale, 'flagged.heading')}</h2>
      <Field type="search" name="flagged-search" label={ta(locale, 'flagged.search')} value={query} onChange={setQuery} />
      <table>
        <caption aria-live="polite">{ta(locale, 'flagged.caption', { shown: shown.length, total: directory.flagged.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{ta(locale, 'flagged.value')}</th>
            <th scope="col">{ta(locale, 'flagged.kind')}</th>
            <th scope="col">{ta(locale, 'flagged.bank')}</th>
            <th scope="col">{ta(locale, 'flagged.holder')}</th>
            <th scope="col">{ta(locale, 'flagged.note')}</th>
            <th scope="col">{ta(locale, 'leaders.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ entry, index }) => (
            <tr key={`${index}-${entry.kind}-${entry.value}`}>
              <th scope="row">{entry.value}</th>
              <td>{ta(locale, `flagged.kind.${entry.kind}`)}</td>
              <td>{entry.bank}</td>
              <td>{entry.holder}</td>
              <td>{entry.note}</td>
              <td>
                <button type="button" aria-label={ta(locale, 'flagged.edit', { value: entry.value })} onClick={() => open({ index })}>
                  {ta(locale, 'flagged.edit', { value: '' }).trim()}
                </button>
                <button type="button" aria-label={ta(locale, 'flagged.remove', { value: entry.value })} onClick={() => props.onRemove(index)}>
                  {ta(locale, 'flagged.remove', { value: '' }).trim()}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p>{ta(locale, 'flagged.none')}</p> : null}
      {editing ? (
        <FlaggedEditor
          formRef={focus.editor}
          key={editing.index ?? '(new)'}
          locale={locale}
          original={original}
          onCancel={() => setEditing(null)}
          onSave={(entry) => {
            props.onSave(entry, editing.index);
            setEditing(null);
          }}
        />
      ) : (
        <button type="button" className="adm-primary" ref={focus.addButton} onClick={() => open({})}>
          {ta(locale, 'flagged.add')}
        </button>
      )}
    </section>
  );
}
