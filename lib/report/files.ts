import type { Report } from './report';
import { reportText } from './render-text';
import { tr } from './words';

/**
 * "bao-cao-gia-danh-20261129-1305.json": sortable, in Vietnam's time like the report's own times, ASCII so that
 * every mail client and file system keeps it.
 */
export function reportFileName(report: Pick<Report, 'createdAt'>, extension: 'json' | 'html'): string {
  const at = new Date(Date.parse(report.createdAt) + 7 * 3_600_000);
  const stamp = Number.isNaN(at.getTime()) ? 'khong-ro-gio' : at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `bao-cao-gia-danh-${stamp}.${extension}`;
}

/** The JSON a user downloads: the report as it is, indented for a person who opens it. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A mailto: link that opens the user's mail program with the report as the message, to an office's address. The
 * message leaves out the list of offices (it is going to one of them) and ends by asking for the downloaded file,
 * which holds everything, the screenshot too. Long messages are cut at whole lines where mail programs stop reading
 * links (about 2,000 characters are safe everywhere): the finding, the suspect and the page come first, so they
 * survive the cut.
 */
export function reportMailto(email: string, subject: string, report: Report, maxLength = 1800): string {
  const link = (text: string) => `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  const closing = tr(report.locale, 'report.mail.attach');
  const body = `${reportText(report, { omit: ['send-to'] })}\n\n${closing}`;
  if (link(body).length <= maxLength) return link(body);
  const lines = reportText(report, { omit: ['send-to'] }).split('\n');
  const cut = (kept: string[]) => `${kept.join('\n')}\n…\n\n${closing}`;
  while (lines.length > 1 && link(cut(lines)).length > maxLength) lines.pop();
  return link(cut(lines));
}
