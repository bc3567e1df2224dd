import { useEffect, useRef, useState } from 'react';
import { putFlagged, putLeader, removeFlagged, removeLeader } from '../../lib/admin/edits';
import { ta } from '../../lib/admin/i18n';
import type { OpenedDirectory } from '../../lib/admin/open-directory';
import { bumpVersion } from '../../lib/admin/version';
import type { LeaderDirectory } from '../../lib/directory/schema';
import type { Locale } from '../../lib/i18n';
import { CsvPanel } from './CsvPanel';
import { DiffView } from './DiffView';
import type { AdminEnvironment } from './environment';
import { FlaggedPanel } from './FlaggedPanel';
import { LeadersPanel } from './LeadersPanel';
import { OpenPanel, type OpenOutcome } from './OpenPanel';
import { SignPanel } from './SignPanel';

interface Notice {
  tone: 'ok' | 'warn' | 'alert';
  lines: string[];
  problems?: { path: string; message: string }[];
  /** The draft before the edit this notice reports, for "Undo". */
  undo?: LeaderDirectory;
  /** A row was removed with the focus on its button: the focus goes to "Undo" rather than to the page's start. */
  focusUndo?: boolean;
}

/**
 * The admin page: open a directory, edit its leaders and reported entries, review the changes, bump the version,
 * sign and publish. The draft is replaced only by a successful open or an edit; a bad file leaves it as it was.
 */
export function AdminApp({ env, initialLocale }: { env: AdminEnvironment; initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [draft, setDraft] = useState<LeaderDirectory | null>(null);
  const [published, setPublished] = useState<OpenedDirectory | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  function onOpen(outcome: OpenOutcome) {
    if (outcome.kind === 'opened') {
      const { opened } = outcome;
      setDraft(opened.directory);
      setPublished(opened);
      const lines = [ta(locale, 'open.opened', { file: opened.fileName })];
      if (opened.source.kind === 'feed') {
        lines.push(ta(locale, 'open.signed', { publisher: opened.source.publisherId, keyId: opened.source.keyId }));
        if (opened.source.testKey) lines.push(ta(locale, 'open.signedTestKey'));
      } else lines.push(ta(locale, 'open.plain'));
      setNotice({ tone: opened.source.kind === 'feed' && opened.source.testKey ? 'warn' : 'ok', lines });
    } else if (outcome.kind === 'new') {
      setDraft(outcome.directory);
      setPublished(null);
      setNotice({ tone: 'ok', lines: [ta(locale, 'open.newStarted', { publisher: outcome.directory.publisher.name })] });
    } else {
      const first =
        outcome.kind === 'unreadable'
          ? ta(locale, 'open.readFailed', { file: outcome.file })
          : ta(locale, `open.refused.${outcome.refusal.reason}`, { file: outcome.file, code: outcome.refusal.code ?? '' });
      const detail = outcome.kind === 'refused' && outcome.refusal.problems.length === 0 ? [outcome.refusal.message] : [];
      setNotice({
        tone: 'alert',
        lines: [first, ...detail, ...(draft ? [ta(locale, 'open.kept')] : [])],
        problems: outcome.kind === 'refused' ? outcome.refusal.problems : [],
      });
    }
  }

  function edit(next: LeaderDirectory, line: string, removal = false) {
    setNotice({ tone: 'ok', lines: [line], undo: draft ?? undefined, focusUndo: removal });
    setDraft(next);
  }

  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.focusUndo) undoButton.current?.focus();
  }, [notice]);

  /** What the notice says: its lines, the problems of a refused file, and "Undo" after an edit. */
  function noticeContent(notice: Notice) {
    return (
      <div className={notice.tone === 'alert' ? 'adm-alert' : notice.tone === 'warn' ? 'adm-warn' : 'adm-notice'}>
        {notice.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {notice.problems && notice.problems.length > 0 ? (
          <>
            <h3>{ta(locale, 'open.problemsHeading')}</h3>
            <ul>
              {notice.problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {notice.undo ? (
          <button
            type="button"
            ref={undoButton}
            onClick={() => {
              setDraft(notice.undo!);
              setNotice({ tone: 'ok', lines: [ta(locale, 'undo.done')] });
            }}
          >
            {ta(locale, 'undo.button')}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <div className="adm" lang={locale}>
      <header>
        <h1>
          {ta(locale, 'admin.title')} — {'Chống Giả Danh'}
        </h1>
        {/* The accessible name starts with the visible word (WCAG 2.5.3, label in name), then says what it does. */}
        <button type="button" lang={locale === 'vi' ? 'en' : 'vi'} aria-label={ta(locale, 'admin.languageLabel')} onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}>
          {ta(locale, 'admin.language')}
        </button>
      </header>
      <main>
        {/*
          Two live regions that stay in the page, an alert for refusals and a status for the rest: switching one
          region's role while its words change is announced unreliably by screen readers.
        */}
        <div role="status" aria-live="polite" data-testid={notice && notice.tone !== 'alert' ? 'notice' : undefined}>
          {notice && notice.tone !== 'alert' ? noticeContent(notice) : null}
        </div>
        <div role="alert" aria-live="assertive" data-testid={notice?.tone === 'alert' ? 'notice' : undefined}>
          {notice?.tone === 'alert' ? noticeContent(notice) : null}
        </div>
        <OpenPanel locale={locale} env={env} onOutcome={onOpen} />
        {draft ? (
          <>
            <p data-testid="current">
              {ta(locale, 'open.current', { publisher: draft.publisher.name, publisherId: draft.publisher.id, version: draft.version, issuedAt: draft.issuedAt })}
              {published ? ` ${ta(locale, 'open.published', { version: published.directory.version })}` : ''}
            </p>
            <LeadersPanel
              locale={locale}
              env={env}
              directory={draft}
              onSave={(leader, originalId) => edit(putLeader(draft, leader, originalId), ta(locale, 'leaders.saved', { name: leader.name }))}
              onRemove={(leader) => edit(removeLeader(draft, leader.id), ta(locale, 'leaders.removed', { name: leader.name }), true)}
            />
            <FlaggedPanel
              locale={locale}
              directory={draft}
              onSave={(entry, index) => edit(putFlagged(draft, entry, index), ta(locale, 'flagged.saved', { value: entry.value }))}
              onRemove={(index) => edit(removeFlagged(draft, index), ta(locale, 'flagged.removed', { value: draft.flagged[index]?.value ?? '' }), true)}
            />
            <CsvPanel locale={locale} env={env} directory={draft} onImport={(next, file) => edit(next, ta(locale, 'csv.imported', { count: next.leaders.length, file }))} />
            <DiffView locale={locale} published={published?.directory} draft={draft} />
            <SignPanel
              locale={locale}
              env={env}
              draft={draft}
              publishedVersion={published?.directory.version}
              onBump={() => {
                const next = bumpVersion(draft, published?.directory.version, env.now());
                edit(next, ta(locale, 'sign.bumped', { version: next.version, issuedAt: next.issuedAt }));
              }}
            />
          </>
        ) : null}
      </main>
    </div>
  );
}
