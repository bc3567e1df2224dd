import { palette as c } from '../palette';

/**
 * The check page's and the popup's CSS: the warning palette (contrast-checked in tests/components), large targets,
 * a visible focus ring. Every outcome also has a word, never colour alone.
 */
export const checkStyles = `
body { margin: 0; background: ${c.quietPaper}; }
.cgd-check, .cgd-popup { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: ${c.ink}; }
.cgd-check { max-width: 760px; margin: 0 auto; padding: 24px 16px 48px; }
.cgd-popup { width: 360px; padding: 12px 16px 16px; background: ${c.paper}; }
.cgd-check h1 { font-size: 26px; margin: 0 0 16px; }
.cgd-popup h1 { font-size: 18px; margin: 0 0 8px; }
.cgd-check h3 { font-size: 18px; margin: 12px 0 4px; }
.cgd-check label { display: block; font-weight: 700; font-size: 18px; }
.cgd-hint { color: ${c.muted}; font-size: 14px; margin: 2px 0 8px; }
.cgd-check textarea { width: 100%; box-sizing: border-box; min-height: 96px; padding: 10px; border: 2px solid ${c.muted}; border-radius: 8px; font: inherit; font-size: 18px; }
.cgd-check :focus-visible, .cgd-popup :focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
.cgd-check button, .cgd-popup button { min-height: 44px; margin: 10px 0; padding: 8px 20px; border-radius: 8px; border: 2px solid ${c.ink}; background: ${c.buttonPaper}; color: ${c.buttonInk}; font: inherit; font-weight: 700; cursor: pointer; }
.cgd-check button:disabled, .cgd-popup button:disabled, .cgd-check button[aria-disabled="true"], .cgd-popup button[aria-disabled="true"] { opacity: .6; cursor: default; }
.cgd-check a, .cgd-popup a { color: ${c.link}; }
.cgd-check-result { margin: 16px 0; padding: 16px 20px; border: 4px solid ${c.muted}; border-radius: 12px; background: ${c.paper}; }
.cgd-check-result h2 { margin: 0 0 8px; font-size: 24px; font-weight: 800; }
.cgd-tone-danger { border-color: ${c.dangerStrong}; background: ${c.dangerTint}; }
.cgd-tone-amber { border-color: ${c.amberBorder}; background: ${c.amberTint}; }
.cgd-tone-verified { border-color: ${c.verifiedInk}; background: ${c.verifiedPaper}; }
.cgd-outcome-text { font-size: 18px; font-weight: 700; margin: 0 0 6px; }
.cgd-advice { font-weight: 600; margin: 0 0 8px; }
.cgd-pasted { margin: 0 0 6px; }
.cgd-quoted { margin: 0; padding: 8px 12px; background: ${c.paper}; border-left: 4px solid ${c.muted}; white-space: pre-wrap; }
.cgd-quoted mark { background: ${c.highlight}; color: ${c.ink}; font-weight: 700; }
.cgd-check-leader { margin-top: 12px; padding: 10px 12px; background: ${c.paper}; border-radius: 8px; }
.cgd-leader-name { font-size: 20px; font-weight: 800; margin: 0; }
.cgd-error { border-left: 5px solid ${c.dangerStrong}; background: ${c.dangerTint}; padding: 6px 10px; }
.cgd-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.cgd-popup-verdict { margin: 8px 0; padding: 10px 12px; border: 3px solid ${c.muted}; border-radius: 8px; }
.cgd-popup-verdict p { margin: 0 0 4px; }
.cgd-popup-links { list-style: none; padding: 0; margin: 8px 0 0; }
.cgd-popup-links li { margin: 6px 0; }
`;
