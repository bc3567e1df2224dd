import { palette } from './palette';

/** The icon beside a level's word: a shape per meaning, so the level reads without colour. */
export type IconShape = 'danger' | 'warning' | 'verified' | 'info';

export interface LevelIconProps {
  shape: IconShape;
}

/**
 * Inline SVG (no icon font, no file to fetch). The shape takes the heading's text colour (white on the red bar, ink
 * on the amber one) and its mark takes the bar's colour, so it stays visible on both. Decorative: the word next
 * to it carries the meaning for screen readers, so it is hidden from them.
 */
export function LevelIcon({ shape }: LevelIconProps) {
  return (
    <svg className="cgd-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-shape={shape}>
      {shape === 'danger' && (
        <>
          <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor" />
          <path d="M12 6.5v7M12 16.5v1" stroke={palette.dangerStrong} strokeWidth="2.6" strokeLinecap="round" />
        </>
      )}
      {shape === 'warning' && (
        <>
          <path d="M12 2.5 23 21.5H1z" fill="currentColor" />
          <path d="M12 9v6M12 18v.5" stroke={palette.amberStrong} strokeWidth="2.6" strokeLinecap="round" />
        </>
      )}
      {shape === 'verified' && (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="m6.5 12.5 3.5 3.5 7.5-8" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {shape === 'info' && (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 10.5v7M12 6.5v1" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
