/**
 * Text from a page, made safe to put on one line of a report: line breaks, tabs and other control characters become
 * a space (a scammer's "time" or name must not add a line that reads like the report's own), and the invisible
 * direction marks that can reorder what is shown are written out as <U+202E>: hidden characters are evidence.
 */
export function oneLine(text: string): string {
  return writeOutDirectionMarks(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * A quoted message's lines: split at every kind of line break (not only "\n": a scammer's U+2028 or lone CR makes a
 * line many viewers show without the "> " in front, reading like the report's own), other control characters as
 * spaces, and direction marks written out so a reported number cannot be shown reversed.
 */
export function quotedLines(text: string): string[] {
  return writeOutDirectionMarks(text)
    .split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/)
    .map((line) => line.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '));
}

/** The invisible characters that reorder what is shown (embeddings, overrides, isolates), written out as <U+202E>. */
export function writeOutDirectionMarks(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`);
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with any half of a character (a lone surrogate, which a hostile page can put in its text) replaced by
 * U+FFFD: the same length, so offsets into it still hold, and safe for encodeURIComponent and every file format.
 */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\ufffd');
}

/** The object without its undefined and empty-string fields (JSON and the report's lines skip them anyway). */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
