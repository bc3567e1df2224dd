/**
 * The warning colours. Each text colour is paired with the background it sits on, and tests/components checks
 * every pair against WCAG AA (4.5:1 for text), so a tweak here cannot make a warning hard to read.
 * Red means danger and amber means "check first", but every level also has a word and an icon, never colour alone.
 */
export const palette = {
  ink: '#1a1a1a',
  paper: '#ffffff',
  muted: '#3c4043',
  quietPaper: '#f1f3f4',
  dangerStrong: '#b3261e',
  dangerOnStrong: '#ffffff',
  dangerTint: '#fdecea',
  amberStrong: '#f2a900',
  amberOnStrong: '#1a1a1a',
  amberBorder: '#8a5a00',
  amberTint: '#fff6db',
  verifiedInk: '#0b6b2e',
  verifiedPaper: '#e7f4ec',
  link: '#0b57d0',
  focus: '#0b57d0',
  highlight: '#ffe066',
  buttonInk: '#ffffff',
  buttonPaper: '#1a1a1a',
} as const;

export type PaletteColour = keyof typeof palette;

/** Every foreground/background pair the styles use for text, with what it is for. */
export const textPairs: ReadonlyArray<{ use: string; fg: PaletteColour; bg: PaletteColour }> = [
  { use: 'body text', fg: 'ink', bg: 'paper' },
  { use: 'danger heading', fg: 'dangerOnStrong', bg: 'dangerStrong' },
  { use: 'danger body', fg: 'ink', bg: 'dangerTint' },
  { use: 'danger word on tint', fg: 'dangerStrong', bg: 'dangerTint' },
  { use: 'amber heading', fg: 'amberOnStrong', bg: 'amberStrong' },
  { use: 'amber body', fg: 'ink', bg: 'amberTint' },
  { use: 'links on amber tint', fg: 'link', bg: 'amberTint' },
  { use: 'links on danger tint', fg: 'link', bg: 'dangerTint' },
  { use: 'links', fg: 'link', bg: 'paper' },
  { use: 'highlighted phrase', fg: 'ink', bg: 'highlight' },
  { use: 'verified mark', fg: 'verifiedInk', bg: 'verifiedPaper' },
  { use: 'quiet notes', fg: 'muted', bg: 'quietPaper' },
  { use: 'primary button', fg: 'buttonInk', bg: 'buttonPaper' },
];

/** Non-text pairs (borders, focus ring) that need 3:1 against what surrounds them. */
export const graphicPairs: ReadonlyArray<{ use: string; fg: PaletteColour; bg: PaletteColour }> = [
  { use: 'danger border', fg: 'dangerStrong', bg: 'paper' },
  { use: 'amber border', fg: 'amberBorder', bg: 'paper' },
  { use: 'focus ring on white', fg: 'focus', bg: 'paper' },
  { use: 'focus ring on amber tint', fg: 'focus', bg: 'amberTint' },
  { use: 'focus ring on danger tint', fg: 'focus', bg: 'dangerTint' },
];
