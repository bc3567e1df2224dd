import { useId } from 'react';
import { ta, type AdminMessageKey } from '../../lib/admin/i18n';
import type { LeaderDirectory } from '../../lib/directory/schema';
import { diffDirectories } from '../../lib/feed';
import type { Locale } from '../../lib/i18n';

/** Step 5: what the draft changes against the opened (published) version, with diffDirectories. */
export function DiffView({ locale, published, draft }: { locale: Locale; published: LeaderDirectory | undefined; draft: LeaderDirectory }) {
  const headingId = useId();
  if (!published) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{ta(locale, 'diff.heading')}</h2>
        <p>{ta(locale, 'diff.noBase')}</p>
      </section>
    );
  }
  const diff = diffDirectories(published, draft);
  const field = (f: string) => ta(locale, `diff.field.${f}` as AdminMessageKey as 'diff.field.name');
  const nameOf = (id: string) => draft.leaders.find((l) => l.id === id)?.name ?? published.leaders.find((l) => l.id === id)?.name ?? id;
  const flaggedText = (f: { kind: string; value: string }) => `${ta(locale, `flagged.kind.${f.kind}` as 'flagged.kind.phone')}: ${f.value}`;
  const groups: { title: string; items: string[] }[] = [
    { title: ta(locale, 'diff.leadersAdded', { count: diff.leaders.added.length }), items: diff.leaders.added.map((id) => `${nameOf(id)} (${id})`) },
    { title: ta(locale, 'diff.leadersRemoved', { count: diff.leaders.removed.length }), items: diff.leaders.removed.map((id) => `${nameOf(id)} (${id})`) },
    {
      title: ta(locale, 'diff.leadersChanged', { count: diff.leaders.changed.length }),
      items: diff.leaders.changed.map((c) => ta(locale, 'diff.changedFields', { name: `${nameOf(c.id)} (${c.id})`, fields: c.fields.map(field).join(', ') })),
    },
    { title: ta(locale, 'diff.flaggedAdded', { count: diff.flagged.added.length }), items: diff.flagged.added.map(flaggedText) },
    { title: ta(locale, 'diff.flaggedRemoved', { count: diff.flagged.removed.length }), items: diff.flagged.removed.map(flaggedText) },
    { title: ta(locale, 'diff.flaggedChanged', { count: diff.flagged.changed.length }), items: diff.flagged.changed.map((c) => flaggedText(c.after)) },
  ].filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby={headingId} data-testid="diff">
      <h2 id={headingId}>{ta(locale, 'diff.heading')}</h2>
      <p>{ta(locale, 'diff.versions', { from: diff.from.version, to: diff.to.version })}</p>
      {diff.changedFields.length > 0 ? <p>{ta(locale, 'diff.fields', { fields: diff.changedFields.map(field).join(', ') })}</p> : null}
      {groups.length === 0 ? <p>{ta(locale, 'diff.none')}</p> : null}
      {groups.map((g) => (
        <div key={g.title}>
          <h3>{g.title}</h3>
          <ul>
            {g.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
