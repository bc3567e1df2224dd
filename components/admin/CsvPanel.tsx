import { useId, useState } from 'react';
import { baseName, csvTemplate, importCsvInto, leadersToCsv, photoFilesWanted } from '../../lib/admin/csv';
import { ta } from '../../lib/admin/i18n';
import { hashPhotoFile, PDQ_MIN_QUALITY } from '../../lib/admin/photo';
import { payloadText } from '../../lib/admin/payload';
import { DirectoryError } from '../../lib/directory/parse';
import type { LeaderDirectory } from '../../lib/directory/schema';
import type { CsvImport, PhotoFileHash } from '../../lib/feed';
import type { Locale } from '../../lib/i18n';
import type { AdminEnvironment } from './environment';
import { FilePicker } from './Field';

/** Step 4: the CSV template, CSV import (with an error report per row) and export, and the payload JSON. */
export function CsvPanel(props: { locale: Locale; env: AdminEnvironment; directory: LeaderDirectory; onImport: (directory: LeaderDirectory, file: string) => void }) {
  const { locale, env, directory } = props;
  const headingId = useId();
  const [pending, setPending] = useState<{ file: string; imported: CsvImport } | null>(null);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  async function importFiles(files: File[]) {
    const csv = files.find((f) => /\.csv$/i.test(f.name));
    if (!csv) return setMessage({ text: ta(locale, 'csv.noCsv'), bad: true });
    const text = await csv.text();
    const photos = new Map<string, PhotoFileHash>();
    for (const wanted of photoFilesWanted(text)) {
      const file = files.find((f) => f.name === baseName(wanted));
      if (!file) continue; // reported on its row as "not hashed"
      const hashed = await hashPhotoFile(file, env.decodeImage);
      photos.set(
        wanted,
        hashed.ok
          ? hashed.photo
          : { error: hashed.reason === 'low-quality' ? ta(locale, 'leader.photoLowQuality', { file: file.name, quality: hashed.quality, min: PDQ_MIN_QUALITY }) : ta(locale, 'leader.photoUndecodable', { file: file.name }) },
      );
    }
    let imported: CsvImport;
    try {
      imported = importCsvInto(directory, text, photos);
    } catch (error) {
      if (error instanceof DirectoryError) return setMessage({ text: ta(locale, 'csv.fileError', { file: csv.name, message: error.message }), bad: true });
      throw error;
    }
    if (imported.errors.length === 0) {
      setPending(null);
      setMessage({ text: ta(locale, 'csv.imported', { count: imported.directory.leaders.length, file: csv.name }), bad: false });
      props.onImport(imported.directory, csv.name);
    } else {
      setMessage(null);
      setPending({ file: csv.name, imported });
    }
  }

  function exportCsv() {
    const exported = leadersToCsv(directory);
    env.download(`${directory.publisher.id}-v${directory.version}-leaders.csv`, exported.text, 'text/csv;charset=utf-8');
    setMessage(exported.incomplete.length > 0 ? { text: ta(locale, 'csv.exportIncomplete', { ids: exported.incomplete.join(', ') }), bad: true } : null);
  }

  function exportPayload() {
    try {
      env.download(`${directory.publisher.id}-v${directory.version}.json`, payloadText(directory), 'application/json');
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      setMessage({ text: ta(locale, 'csv.payloadInvalid', { message: error.message }), bad: true });
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{ta(locale, 'csv.heading')}</h2>
      <button type="button" onClick={() => env.download('directory-template.csv', csvTemplate(), 'text/csv;charset=utf-8')}>
        {ta(locale, 'csv.template')}
      </button>
      <button type="button" onClick={exportCsv}>
        {ta(locale, 'csv.export')}
      </button>
      <button type="button" onClick={exportPayload}>
        {ta(locale, 'csv.exportPayload')}
      </button>
      <FilePicker name="csv-file" label={ta(locale, 'csv.import')} accept=".csv,text/csv,image/jpeg,image/png" multiple onFiles={(f) => void importFiles(f)} />
      <p className="adm-hint">{ta(locale, 'csv.importReplaces')}</p>
      <div role="status" aria-live="polite">
        {message ? <p className={message.bad ? 'adm-warn' : 'adm-notice'}>{message.text}</p> : null}
      </div>
      {pending ? (
        <div className="adm-alert" role="alert">
          <p>{ta(locale, 'csv.rowErrors', { count: pending.imported.errors.length })}</p>
          <ul>
            {pending.imported.errors.map((e) => (
              <li key={`${e.row}-${e.column}`}>{ta(locale, 'csv.rowError', { row: e.row, column: e.column, message: e.message })}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              props.onImport(pending.imported.directory, pending.file);
              setMessage({ text: ta(locale, 'csv.imported', { count: pending.imported.directory.leaders.length, file: pending.file }), bad: false });
              setPending(null);
            }}
          >
            {ta(locale, 'csv.applyGood', { count: pending.imported.directory.leaders.length })}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {ta(locale, 'csv.discard')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
