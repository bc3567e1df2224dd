import { isSelfHidden } from './visibility';

/** Never text: scripts and styles are code, and an svg's <title> is a tooltip (e.g. "Verified account"). */
const skippedElements = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

/**
 * The text a person sees in `element`: hidden descendants, code and elements matching `skip` (e.g. a quoted
 * reply) are left out; <img alt> counts (Facebook and Zalo draw emoji as images); <br> is a line break.
 * Spaces are collapsed but invisible characters are kept: they are evidence of a disguised name.
 */
export function visibleText(element: Element, skip: readonly string[] = []): string {
  const parts: string[] = [];
  collect(element, skip, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function collect(node: Node, skip: readonly string[], parts: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      parts.push(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const name = element.localName.toLowerCase();
    if (skippedElements.has(name) || isSelfHidden(element)) continue;
    if (skip.some((selector) => element.matches(selector))) continue;
    if (name === 'br') parts.push('\n');
    else if (name === 'img') parts.push(element.getAttribute('alt') ?? '');
    else collect(element, skip, parts);
  }
}
