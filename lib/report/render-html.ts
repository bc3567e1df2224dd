import { highlightSegments } from '../verdict/highlight-segments';
import type { Report, ReportRecipient } from './report';
import { reportSections, reportTime, type ReportLine } from './sections';
import { writeOutDirectionMarks } from './text';
import { tr } from './words';

/**
 * The report as one self-contained HTML page to keep, attach or print: no script, no outside resource (its
 * Content-Security-Policy forbids both), every text escaped — the names and messages come from a page a scammer
 * wrote. The screenshot, when the user included it, is inline. Black on white, large enough to read on paper.
 */
export function reportHtml(report: Report): string {
  const { locale } = report;
  const body = reportSections(report)
    .map((section) => `<section id="${section.id}">\n<h2>${escapeHtml(section.heading)}</h2>\n${linesHtml(section.lines)}\n</section>`)
    .join('\n');
  const screenshot = report.screenshot
    ? `<section id="screenshot">\n<h2>${escapeHtml(tr(locale, 'report.screenshot'))}</h2>\n<figure><img src="${report.screenshot.dataUrl}" alt=""><figcaption>${escapeHtml(tr(locale, 'report.screenshot.takenAt', { time: reportTime(report.screenshot.takenAt) }))}</figcaption></figure>\n</section>`
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tr(locale, 'report.title'))}</title>
<style>${printableCss}</style>
</head>
<body>
<main>
<h1>${escapeHtml(tr(locale, 'report.title'))}</h1>
<p class="meta">${escapeHtml(tr(locale, 'report.createdAt', { time: reportTime(report.createdAt) }))}</p>
${body}
${screenshot}
</main>
</body>
</html>
`;
}

function linesHtml(lines: readonly ReportLine[]): string {
  const parts: string[] = [];
  let recipients: string[] = [];
  const endList = () => {
    if (recipients.length > 0) parts.push(`<ul class="send-to">${recipients.join('')}</ul>`);
    recipients = [];
  };
  for (const line of lines) {
    if (line.kind === 'recipient') {
      recipients.push(`<li>${recipientHtml(line.recipient)}</li>`);
      continue;
    }
    endList();
    if (line.kind === 'text') parts.push(`<p>${escapeHtml(line.text)}</p>`);
    else if (line.kind === 'group') parts.push(`<p class="group">${escapeHtml(line.text)}</p>`);
    else {
      const text = highlightSegments(line.text, line.marked)
        .map((part) => {
          // Direction marks written out, as in the text report: a reported number must not show reversed.
          const html = escapeHtml(writeOutDirectionMarks(part.text));
          return part.highlighted ? `<mark>${html}</mark>` : html;
        })
        .join('');
      parts.push(`<figure class="message">${line.meta ? `<figcaption>${escapeHtml(line.meta)}</figcaption>` : ''}<blockquote>${text}</blockquote></figure>`);
    }
  }
  endList();
  return parts.join('\n');
}

function recipientHtml(recipient: ReportRecipient): string {
  const ways = [
    recipient.phone && `<strong>${escapeHtml(recipient.phone)}</strong>`,
    recipient.email && escapeHtml(recipient.email),
    recipient.url && escapeHtml(recipient.url),
  ].filter(Boolean);
  return `${escapeHtml(recipient.label)}${ways.length > 0 ? `: ${ways.join(' · ')}` : ''}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const printableCss = `
body { font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; border-bottom: 1px solid #999; }
p { margin: .25rem 0; }
.meta { color: #333; }
.send-to { padding-left: 1.25rem; margin: .25rem 0; }
.group { font-weight: 600; margin-top: .5rem; }
figure.message { margin: .5rem 0; }
figcaption { font-size: .9rem; color: #333; }
blockquote { margin: .25rem 0; padding: .5rem .75rem; border-left: 4px solid #555; background: #f4f4f4; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe08a; color: #111; font-weight: 600; }
img { max-width: 100%; border: 1px solid #999; }
@media print { main { padding: 0; } h2 { break-after: avoid; } figure, blockquote { break-inside: avoid; } }
`;
