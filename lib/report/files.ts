import type { Report } from './report';
import { reportText } from './render-text';
import { wellFormed } from './text';
import { tr } from './words';

/**
 * "bao-cao-gia-danh-20261129-1305.json" ("impersonation-report-…" in English): sortable, in Vietnam's time like the
 * report's own times, ASCII so that every mail client and file system keeps it.
 */
export function reportFileName(report: Pick<Report, 'createdAt' | 'locale'>, extension: 'json' | 'html'): string {
  const english = report.locale === 'en';
  const at = new Date(Date.parse(report.createdAt) + 7 * 3_600_000);
  const stamp = Number.isNaN(at.getTime()) ? (english ? 'unknown-time' : 'khong-ro-gio') : at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${english ? 'impersonation-report' : 'bao-cao-gia-danh'}-${stamp}.${extension}`;
}

/** The JSON a user downloads: the report as it is, indented for a person who opens it. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A mailto: link that opens the user's mail program with the report as the message, to an office's address. The
 * message leaves out the list of offices (it is going to one of them) and ends by asking for the downloaded file,
 * which holds everything, the screenshot too. Long messages are cut where mail programs stop reading links (about
 * 2,000 characters are safe everywhere): the finding, the suspect and the page come first, so they survive the cut,
 * and the first line that does not fit is cut inside, at a word, so a long quoted message keeps its beginning.
 */
export function reportMailto(email: string, subject: string, report: Report, maxLength = 1800): string {
  const encode = (text: string) => encodeURIComponent(wellFormed(text));
  const link = (text: string) => `mailto:${encode(email).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(text)}`;
  const closing = tr(report.locale, 'report.mail.attach');
  const text = reportText(report, { omit: ['send-to'] });
  const body = `${text}\n\n${closing}`;
  if (link(body).length <= maxLength) return link(body);
  const cut = (kept: string[]) => `${kept.join('\n')}\n…\n\n${closing}`;
  const fits = (kept: string[]) => link(cut(kept)).length <= maxLength;
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (fits([...kept, line])) {
      kept.push(line);
      continue;
    }
    const part = longestStart(line, (start) => fits([...kept, `${start}…`]));
    if (part) kept.push(`${part}…`);
    break;
  }
  return link(cut(kept));
}

/** The longest beginning of `line` that `fits`, in whole characters, ended at a word when one ends near the cut. */
function longestStart(line: string, fits: (start: string) => boolean): string {
  const chars = [...line];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  const start = chars.slice(0, low).join('');
  const space = start.lastIndexOf(' ');
  return space > start.length - 25 && space > 0 ? start.slice(0, space) : start;
}
