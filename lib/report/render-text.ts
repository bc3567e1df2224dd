import { highlightSegments } from '../verdict/highlight-segments';
import type { Report } from './report';
import { recipientLine, reportSections, reportTime, type ReportSection } from './sections';
import { quotedLines } from './text';
import { tr } from './words';

/**
 * The report as plain text, to paste into a message, an email or a form: headings in capitals, messages quoted
 * with "> " as mail clients do, the suspicious parts between [[ ]] so they survive any text box.
 */
export function reportText(report: Report, options: { omit?: readonly ReportSection['id'][] } = {}): string {
  const { locale } = report;
  const out: string[] = [tr(locale, 'report.title').toLocaleUpperCase(locale), tr(locale, 'report.createdAt', { time: reportTime(report.createdAt) })];
  for (const section of reportSections(report)) {
    if (options.omit?.includes(section.id)) continue;
    out.push('', `${section.heading.toLocaleUpperCase(locale)}:`);
    for (const line of section.lines) {
      if (line.kind === 'text') out.push(line.text);
      else if (line.kind === 'group') out.push(`${line.text}:`);
      else if (line.kind === 'recipient') out.push(`- ${recipientLine(line.recipient)}`);
      else {
        if (line.meta) out.push(`[${line.meta}]`);
        out.push(...quotedLines(markText(line.text, line.marked)).map((l) => `> ${l}`));
      }
    }
  }
  if (report.screenshot) out.push('', tr(locale, 'report.screenshot.takenAt', { time: reportTime(report.screenshot.takenAt) }));
  return out.join('\n');
}

/** The text with its marked parts between [[ ]] (ranges clamped and merged: they came from the page's text). */
export function markText(text: string, marked: readonly { start: number; end: number }[]): string {
  return highlightSegments(text, marked)
    .map((part) => (part.highlighted ? `[[${part.text}]]` : part.text))
    .join('');
}
