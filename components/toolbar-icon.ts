import type { VerdictLevel } from '../lib/verdict/levels';
import { palette } from './palette';

/** The four toolbar icon variants drawn by scripts/icons (public/icon/). */
export type ToolbarIconVariant = 'none' | 'verified' | 'lookalike' | 'danger';
export const toolbarIconSizes = [16, 32, 48, 128] as const;

/**
 * Which icon the toolbar shows for the current tab's loudest verdict. Namesake stays plain (a shared name is not a
 * warning); hijack-risk shares the amber "check first" icon with lookalike.
 */
export function toolbarIconVariant(level: VerdictLevel): ToolbarIconVariant {
  switch (level) {
    case 'verified':
      return 'verified';
    case 'lookalike':
    case 'hijack-risk':
      return 'lookalike';
    case 'danger':
      return 'danger';
    default:
      return 'none';
  }
}

/**
 * Icon paths for browser.action.setIcon({ path }), relative to the extension root. The plain shield is
 * icon/<size>.png, the name WXT finds on its own for the manifest; the variants are icon/<variant>-<size>.png.
 */
export function toolbarIconPaths(level: VerdictLevel): Record<`${(typeof toolbarIconSizes)[number]}`, string> {
  const variant = toolbarIconVariant(level);
  const file = (size: number) => (variant === 'none' ? `icon/${size}.png` : `icon/${variant}-${size}.png`);
  return { '16': file(16), '32': file(32), '48': file(48), '128': file(128) };
}

/**
 * The badge on the toolbar icon: a symbol as well as a colour, so the level does not rest on colour alone.
 * Empty text clears the badge.
 */
export function toolbarBadge(level: VerdictLevel): { text: string; color: string } {
  switch (toolbarIconVariant(level)) {
    case 'danger':
      return { text: '!', color: palette.dangerStrong };
    case 'lookalike':
      return { text: '?', color: palette.amberBorder };
    case 'verified':
      return { text: '✓', color: palette.verifiedInk };
    default:
      return { text: '', color: palette.muted };
  }
}
