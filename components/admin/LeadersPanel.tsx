import { useId, useState } from 'react';
import { searchLeaders } from '../../lib/admin/edits';
import { ta } from '../../lib/admin/i18n';
import type { Leader, LeaderDirectory } from '../../lib/directory/schema';
import type { Locale } from '../../lib/i18n';
import type { AdminEnvironment } from './environment';
import { Field } from './Field';
import { LeaderEditor } from './LeaderEditor';
import { useEditorFocus } from './editor-focus';

function accountsText(leader: Leader): string {
  return leader.accounts
    .map((a) => `${a.platform === 'facebook' ? 'Facebook' : 'Zalo'}: ${[a.username, a.id, a.phone].filter(Boolean).join(' / ')}`)
    .join('; ');
}

/** Step 2: the leaders, searchable, each with edit and remove; and the editor for a new or chosen leader. */
export function LeadersPanel(props: {
  locale: Locale;
  env: AdminEnvironment;
  directory: LeaderDirectory;
  onSave: (leader: Leader, originalId: string | undefined) => void;
  onRemove: (leader: Leader) => void;
}) {
  const { locale, directory } = props;
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ original?: Leader } | null>(null);
  const focus = useEditorFocus(editing !== null);
  const open = (next: { original?: Leader }) => {
    focus.rememberOpener();
    setEditing(next);
  };
  const headingId = useId();
  const shown = searchLeaders(directory.leaders, query);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{ta(locale, 'leaders.heading')}</h2>
      <Field type="search" name="leader-search" label={ta(locale, 'leaders.search')} value={query} onChange={setQuery} />
      <table>
        <caption aria-live="polite">{ta(locale, 'leaders.caption', { shown: shown.length, total: directory.leaders.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{ta(locale, 'leaders.name')}</th>
            <th scope="col">{ta(locale, 'leaders.title')}</th>
            <th scope="col">{ta(locale, 'leaders.organization')}</th>
            <th scope="col">{ta(locale, 'leaders.accounts')}</th>
            <th scope="col">{ta(locale, 'leaders.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((leader) => (
            <tr key={leader.id}>
              <th scope="row">
                {leader.name}
                {leader.aliases.length > 0 ? <div className="adm-hint">{leader.aliases.join('; ')}</div> : null}
                <div className="adm-hint">
                  <code>{leader.id}</code>
                  {leader.photos.length > 0 ? ` · ${ta(locale, 'leaders.photoCount', { count: leader.photos.length })}` : ''}
                </div>
              </th>
              <td>{leader.title}</td>
              <td>{leader.organization}</td>
              <td>{accountsText(leader)}</td>
              <td>
                <button type="button" aria-label={ta(locale, 'leaders.edit', { name: leader.name })} onClick={() => open({ original: leader })}>
                  {ta(locale, 'leaders.edit', { name: '' }).trim()}
                </button>
                <button type="button" aria-label={ta(locale, 'leaders.remove', { name: leader.name })} onClick={() => props.onRemove(leader)}>
                  {ta(locale, 'leaders.remove', { name: '' }).trim()}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p>{ta(locale, 'leaders.none')}</p> : null}
      {editing ? (
        <LeaderEditor
          formRef={focus.editor}
          key={editing.original?.id ?? '(new)'}
          locale={locale}
          env={props.env}
          original={editing.original}
          takenIds={directory.leaders.map((l) => l.id)}
          onCancel={() => setEditing(null)}
          onSave={(leader) => {
            props.onSave(leader, editing.original?.id);
            setEditing(null);
          }}
        />
      ) : (
        <button type="button" className="adm-primary" ref={focus.addButton} onClick={() => open({})}>
          {ta(locale, 'leaders.add')}
        </button>
      )}
    </section>
  );
}
