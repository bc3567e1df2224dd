import { useState } from 'react';
import { ta } from '../../lib/admin/i18n';
import { openDirectoryText, type OpenedDirectory, type OpenRefusal } from '../../lib/admin/open-directory';
import { emptyDirectory } from '../../lib/admin/payload';
import { isoSecond } from '../../lib/admin/version';
import { publisherSchema, type LeaderDirectory } from '../../lib/directory/schema';
import type { Locale } from '../../lib/i18n';
import type { AdminEnvironment } from './environment';
import { Field, FilePicker } from './Field';

export type OpenOutcome =
  | { kind: 'opened'; opened: OpenedDirectory }
  | { kind: 'refused'; file: string; refusal: OpenRefusal }
  | { kind: 'unreadable'; file: string }
  | { kind: 'new'; directory: LeaderDirectory };

/** Step 1: open a signed feed or a plain payload, or start an empty directory for a new publisher. */
export function OpenPanel({ locale, env, onOutcome }: { locale: Locale; env: AdminEnvironment; onOutcome: (o: OpenOutcome) => void }) {
  const [publisherId, setPublisherId] = useState('');
  const [publisherName, setPublisherName] = useState('');
  const [newInvalid, setNewInvalid] = useState(false);

  async function open(files: File[]) {
    const file = files[0]!;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return onOutcome({ kind: 'unreadable', file: file.name });
    }
    const result = await openDirectoryText(text, file.name, { publishers: env.publishers, now: env.now() });
    onOutcome(result.ok ? { kind: 'opened', opened: result.opened } : { kind: 'refused', file: file.name, refusal: result.refusal });
  }

  function startNew() {
    const publisher = publisherSchema.safeParse({ id: publisherId.trim(), name: publisherName });
    setNewInvalid(!publisher.success);
    if (publisher.success) onOutcome({ kind: 'new', directory: emptyDirectory(publisher.data, isoSecond(env.now())) });
  }

  return (
    <section aria-labelledby="open-heading">
      <h2 id="open-heading">{ta(locale, 'open.heading')}</h2>
      <FilePicker name="directory-file" label={ta(locale, 'open.file')} accept=".json,application/json" onFiles={(f) => void open(f)} />
      <fieldset>
        <legend>{ta(locale, 'open.new')}</legend>
        <div className="adm-row">
          <Field label={ta(locale, 'open.newPublisherId')} value={publisherId} onChange={setPublisherId} name="publisher-id" />
          <Field label={ta(locale, 'open.newPublisherName')} value={publisherName} onChange={setPublisherName} name="publisher-name" />
        </div>
        {newInvalid ? <p className="adm-error">{ta(locale, 'open.newInvalid')}</p> : null}
        <button type="button" onClick={startNew}>
          {ta(locale, 'open.newButton')}
        </button>
      </fieldset>
    </section>
  );
}
