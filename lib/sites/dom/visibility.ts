/**
 * Decoys: Facebook has shipped hidden elements to confuse scrapers, and a reading must not take them for names or
 * messages. Only what the markup itself says counts (hidden attribute, aria-hidden, inline style), because the
 * same code runs under happy-dom and linkedom, where there is no layout to measure.
 */
const hiddenInlineStyle =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*0(?:\.0+)?(?:px|em|rem|%)?)\s*(?:!important\s*)?(?=;|$)/i;

export function isSelfHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && hiddenInlineStyle.test(style);
}

/**
 * Hidden itself or through an ancestor, looking no higher than `boundary` (exclusive). The boundary is the region
 * being read: a modal elsewhere may set aria-hidden on the whole app, which must not blank the reading.
 */
export function isHiddenWithin(element: Element, boundary: ParentNode | null): boolean {
  for (let node: Element | null = element; node && node !== boundary; node = node.parentElement) {
    if (isSelfHidden(node)) return true;
  }
  return false;
}
