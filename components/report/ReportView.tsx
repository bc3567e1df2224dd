import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n';
import { highlightSegments } from '../../lib/verdict/highlight-segments';
import {
  recipientGroups,
  recipientLine,
  reportFileName,
  reportHtml,
  reportJson,
  reportMailto,
  reportSections,
  reportText,
  reportTime,
  tr,
  type Report,
  type ReportLine,
} from '../../lib/report';
import { telHref } from '../account-links';
import { saveFile } from './save-file';

export interface ReportViewProps {
  /** The report without a screenshot. */
  report: Report;
  locale: Locale;
  /** A screenshot of the tab, when one was taken: included only if the user ticks the box (it may show more). */
  screenshot?: Report['screenshot'];
  /** Whether to say how to get a screenshot (a page report opened without one). */
  screenshotHint?: boolean;
  /** The page heading's level: the report page's own title, or a section of the check page. */
  headingLevel?: 1 | 2;
  copyText?: (text: string) => Promise<void>;
  save?: (fileName: string, mediaType: string, content: string) => void;
  print?: () => void;
  /** Moves the focus to the report's title when it appears in place of the button that asked for it. */
  focusOnMount?: boolean;
}

/**
 * The report, to read before sending and to send: whom to send it to (phones to call, addresses to write to), the
 * buttons (copy, JSON, printable page, print), then the report itself as the office will read it. Nothing is sent
 * from here: the user copies, saves or prints, and sends it the way they choose.
 */
export function ReportView({
  report: bare,
  locale,
  screenshot,
  screenshotHint = false,
  headingLevel = 1,
  copyText = (text) => navigator.clipboard.writeText(text),
  save = saveFile,
  print,
  focusOnMount = false,
}: ReportViewProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, []);
  const id = useId();
  const [withScreenshot, setWithScreenshot] = useState(false);
  const [status, setStatusNow] = useState('');
  // The same words twice in a row (a second copy) must be announced again: a live region speaks only on a change,
  // so a repeat gets a trailing no-break space, which is heard as nothing.
  const setStatus = (text: string) => setStatusNow((shown) => (shown === text ? `${text}\u00a0` : text));
  const report = useMemo<Report>(() => (withScreenshot && screenshot ? { ...bare, screenshot } : bare), [bare, screenshot, withScreenshot]);
  const sections = useMemo(() => reportSections(report), [report]);
  // The report's headings nest under its title, whether the title is the page's (h1) or a section's (h2).
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const SubSub = headingLevel === 1 ? 'h3' : 'h4';

  const download = (extension: 'json' | 'html') => {
    const name = reportFileName(report, extension);
    if (extension === 'json') save(name, 'application/json', reportJson(report));
    else save(name, 'text/html', reportHtml(report));
    setStatus(tr(locale, 'report.downloaded', { file: name }));
  };

  return (
    <article className="cgd-report" lang={locale} aria-labelledby={`${id}-title`} data-report-source={report.source}>
      <Heading id={`${id}-title`} ref={titleRef} tabIndex={-1}>{tr(locale, 'report.title')}</Heading>
      <p className="cgd-report-notice">{tr(locale, 'report.notSent')}</p>

      <section className="cgd-report-actions" aria-labelledby={`${id}-actions`}>
        <Sub id={`${id}-actions`}>{tr(locale, 'report.actions')}</Sub>
        {!report.sendTo.some((r) => r.via === 'publisher') && <p>{tr(locale, 'report.sendTo.none')}</p>}
        {recipientGroups(report.sendTo).map((group, g) => (
          <section key={g} className="cgd-report-group" aria-labelledby={`${id}-group-${g}`}>
            <SubSub id={`${id}-group-${g}`}>
              {group.via === 'national' ? tr(locale, 'report.sendTo.national') : tr(locale, 'report.sendTo.publisher', { publisher: group.publisher ?? '' })}
            </SubSub>
            <ul className="cgd-report-recipients">
              {group.recipients.map((recipient, i) => (
                <li key={i}>
                  <RecipientView recipient={recipient} report={report} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {report.sendTo.some((r) => r.email) && <p className="cgd-hint">{tr(locale, 'report.mail.hint')}</p>}
        {screenshot ? (
          <p className="cgd-report-shot-choice">
            <input id={`${id}-shot`} type="checkbox" checked={withScreenshot} onChange={(event) => setWithScreenshot(event.target.checked)} />{' '}
            <label htmlFor={`${id}-shot`}>{tr(locale, 'report.includeScreenshot')}</label>
          </p>
        ) : (
          screenshotHint && <p className="cgd-hint">{tr(locale, 'report.noScreenshot')}</p>
        )}
        <div className="cgd-report-buttons">
          <button
            type="button"
            className="cgd-primary"
            onClick={() =>
              void copyText(reportText(report)).then(
                () => setStatus(tr(locale, 'report.copied')),
                () => setStatus(tr(locale, 'report.copyFailed')),
              )
            }
          >
            {tr(locale, 'report.copy')}
          </button>
          <button type="button" onClick={() => download('json')}>
            {tr(locale, 'report.downloadJson')}
          </button>
          <button type="button" onClick={() => download('html')}>
            {tr(locale, 'report.downloadHtml')}
          </button>
          {print && (
            <button type="button" onClick={print}>
              {tr(locale, 'report.print')}
            </button>
          )}
        </div>
        <p role="status" className="cgd-report-status">
          {status}
        </p>
      </section>

      <section className="cgd-report-document" aria-labelledby={`${id}-preview`}>
        <Sub id={`${id}-preview`}>{tr(locale, 'report.preview')}</Sub>
        <p className="cgd-hint">{tr(locale, 'report.createdAt', { time: reportTime(report.createdAt) })}</p>
        {sections.map((section) => (
          <section key={section.id} data-section={section.id} aria-labelledby={`${id}-${section.id}`}>
            <SubSub id={`${id}-${section.id}`}>{section.heading}</SubSub>
            {section.lines.map((line, i) => (
              <LineView key={i} line={line} />
            ))}
          </section>
        ))}
        {report.screenshot && (
          <figure className="cgd-report-shot">
            <img src={report.screenshot.dataUrl} alt={tr(locale, 'report.screenshot.takenAt', { time: reportTime(report.screenshot.takenAt) })} />
          </figure>
        )}
      </section>
    </article>
  );
}

function LineView({ line }: { line: ReportLine }) {
  if (line.kind === 'text') return <p>{line.text}</p>;
  if (line.kind === 'group') return <p className="cgd-report-group-name">{line.text}</p>;
  if (line.kind === 'recipient') return <p>{recipientLine(line.recipient)}</p>;
  return (
    <figure className="cgd-report-message">
      {line.meta && <figcaption>{line.meta}</figcaption>}
      <blockquote className="cgd-quoted">
        {highlightSegments(line.text, line.marked).map((part, i) => (part.highlighted ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </blockquote>
    </figure>
  );
}

/** One office: its name, a phone to tap, an email to write (the report as the message), a web address. */
function RecipientView({ recipient, report, locale }: { recipient: Report['sendTo'][number]; report: Report; locale: Locale }) {
  return (
    <>
      <span className="cgd-report-recipient">{recipient.label}</span>
      {recipient.phone && (
        <>
          {' — '}
          <a href={telHref(recipient.phone)}>{recipient.phone}</a>
        </>
      )}
      {recipient.email && (
        <>
          {' — '}
          <a href={reportMailto(recipient.email, tr(locale, 'report.title'), report)}>{tr(locale, 'report.email', { label: recipient.email })}</a>
        </>
      )}
      {recipient.url && (
        <>
          {' — '}
          {/^https?:\/\//i.test(recipient.url) ? (
            <a href={recipient.url} target="_blank" rel="noopener noreferrer">
              {recipient.url}
            </a>
          ) : (
            // Only web addresses become links; anything else a directory lists is shown as text.
            <span>{recipient.url}</span>
          )}
        </>
      )}
    </>
  );
}
