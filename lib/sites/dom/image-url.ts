/**
 * The address an avatar element shows: <img src>, an svg <image> (xlink:href or href), or a CSS background-image
 * (Zalo's 2019-2020 header). Protocol-relative addresses are resolved against the page.
 */
export function imageUrl(element: Element, page: URL): string | undefined {
  const raw =
    element.getAttribute('src') ??
    element.getAttribute('xlink:href') ??
    element.getAttribute('href') ??
    backgroundImage(element.getAttribute('style'));
  if (!raw) return undefined;
  if (raw.startsWith('blob:') || raw.startsWith('data:')) return raw;
  try {
    return new URL(raw, page).href;
  } catch {
    return undefined;
  }
}

function backgroundImage(style: string | null): string | undefined {
  const match = style?.match(/background-image\s*:\s*url\(\s*(?:"|'|&quot;)?([^"')]+?)(?:"|'|&quot;)?\s*\)/i);
  return match?.[1];
}
