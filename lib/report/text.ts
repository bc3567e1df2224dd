/**
 * Text from a page, made safe to put on one line of a report: line breaks, tabs and other control characters become
 * a space (a scammer's "time" or name must not add a line that reads like the report's own), and the invisible
 * direction marks that can reorder what is shown are written out as <U+202E>: hidden characters are evidence.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
}

/** The object without its undefined and empty-string fields (JSON and the report's lines skip them anyway). */
export function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
