import { palette as c } from '../palette';

/**
 * The options page's CSS: the warning palette (checked for contrast in tests/components), large targets, a
 * visible focus ring. Rem units are fine here: this is the extension's own page.
 */
export const optionsStyles = `
body { margin: 0; background: ${c.quietPaper}; }
.cgd-options { max-width: 860px; margin: 0 auto; padding: 24px 16px 48px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: ${c.ink}; }
.cgd-options h1 { font-size: 28px; margin: 0 0 16px; }
.cgd-options h2 { font-size: 22px; margin: 0 0 8px; }
.cgd-options h3 { font-size: 18px; margin: 0 0 6px; }
.cgd-options section { background: ${c.paper}; border-radius: 12px; padding: 16px 20px; margin: 0 0 20px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.cgd-options :focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
.cgd-options a { color: ${c.link}; }
.cgd-options button { min-height: 44px; padding: 8px 16px; border-radius: 8px; border: 2px solid ${c.ink}; background: ${c.paper}; color: ${c.ink}; font: inherit; font-weight: 700; cursor: pointer; }
.cgd-options button.cgd-primary { background: ${c.buttonPaper}; color: ${c.buttonInk}; }
.cgd-options button:disabled, .cgd-options button[aria-disabled="true"] { opacity: .6; cursor: default; }
.cgd-options input[type=text], .cgd-options input[type=url] { width: 100%; min-height: 44px; padding: 8px 10px; border: 2px solid ${c.muted}; border-radius: 8px; font: inherit; box-sizing: border-box; }
.cgd-options label { font-weight: 600; }
.cgd-options .cgd-hint { color: ${c.muted}; font-size: 14px; margin: 2px 0 10px; }
.cgd-options .cgd-publishers { list-style: none; margin: 0; padding: 0; }
.cgd-options .cgd-publisher { border-top: 1px solid ${c.quietPaper}; padding: 12px 0; }
.cgd-options .cgd-publisher dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
.cgd-options .cgd-publisher dt { font-weight: 600; }
.cgd-options .cgd-publisher dd { margin: 0; overflow-wrap: anywhere; }
.cgd-options .cgd-tag { display: inline-block; font-size: 13px; font-weight: 700; padding: 1px 8px; border-radius: 999px; background: ${c.quietPaper}; color: ${c.muted}; }
.cgd-options .cgd-stale, .cgd-options .cgd-warning { border: 3px solid ${c.amberBorder}; background: ${c.amberTint}; color: ${c.ink}; border-radius: 8px; padding: 8px 12px; font-weight: 600; }
.cgd-options .cgd-error { border-left: 5px solid ${c.dangerStrong}; background: ${c.dangerTint}; color: ${c.ink}; padding: 6px 10px; border-radius: 4px; }
.cgd-options .cgd-ok { color: ${c.verifiedInk}; font-weight: 600; }
.cgd-options fieldset { border: 2px solid ${c.quietPaper}; border-radius: 8px; margin: 0 0 12px; padding: 8px 12px; }
.cgd-options legend { font-weight: 700; padding: 0 4px; }
.cgd-options .cgd-choice { display: flex; gap: 8px; align-items: flex-start; margin: 6px 0; }
.cgd-options .cgd-choice input { width: 20px; height: 20px; margin-top: 3px; }
.cgd-options .cgd-mistakes { padding-left: 20px; }
.cgd-options .cgd-mistakes li { margin: 0 0 8px; }
.cgd-options .cgd-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.cgd-options .cgd-row { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
`;
