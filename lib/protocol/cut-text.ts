/**
 * `text` cut to at most `max` UTF-16 units without splitting a character: an emoji straddling the cut would leave
 * half a surrogate pair, which later breaks encodeURIComponent (a mail link) and shows as garbage.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
