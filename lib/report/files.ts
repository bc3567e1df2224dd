import type { Report } from './report';
import { reportText } from './render-text';

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
 * screenshot cannot go in a link; the text says when it exists, and the downloaded files hold it. Long bodies are
 * cut where mail programs stop reading links (about 2,000 characters are safe everywhere).
 */
export function reportMailto(email: string, subject: string, report: Report, maxLength = 1800): string {
  let body = reportText(report);
  const link = (text: string) => `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  if (link(body).length <= maxLength) return link(body);
  // Cut whole lines until it fits, and say it was cut: the office asks for the file then.
  const lines = body.split('\n');
  while (lines.length > 1 && link(`${lines.join('\n')}\n…`).length > maxLength) lines.pop();
  body = `${lines.join('\n')}\n…`;
  return link(body);
}
