import { palette as c } from '../palette';

/** The admin page's CSS: the warnings' palette and type (components/ui-styles.ts), laid out for a full page. */
export const adminStyles = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: ${c.quietPaper}; }
.adm { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px;
  line-height: 1.45; color: ${c.ink}; max-width: 1100px; margin: 0 auto; padding: 16px 20px 48px; }
.adm a { color: ${c.link}; }
.adm :focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; box-shadow: 0 0 0 5px ${c.paper}; }
.adm header { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
.adm h1 { font-size: 26px; margin: 8px 0; flex: 1; }
.adm section { background: ${c.paper}; border-radius: 12px; padding: 14px 18px; margin: 14px 0; }
.adm h2 { font-size: 20px; margin: 0 0 10px; }
.adm h3 { font-size: 17px; margin: 12px 0 6px; }
.adm label { display: block; font-weight: 600; margin: 8px 0 2px; }
.adm input[type=text], .adm input[type=search], .adm input[type=password], .adm input[type=url], .adm select, .adm textarea {
  font: inherit; width: 100%; max-width: 560px; min-height: 40px; padding: 6px 10px; border: 2px solid ${c.muted}; border-radius: 6px;
  background: ${c.paper}; color: ${c.ink}; }
.adm input[aria-invalid=true], .adm select[aria-invalid=true] { border-color: ${c.dangerStrong}; }
.adm .adm-error { color: ${c.dangerStrong}; font-weight: 600; margin: 2px 0 0; }
.adm .adm-hint { color: ${c.muted}; margin: 2px 0 0; font-size: 15px; }
.adm button { font: inherit; min-height: 40px; padding: 6px 14px; border-radius: 8px; border: 2px solid ${c.ink};
  background: ${c.paper}; color: ${c.ink}; font-weight: 700; cursor: pointer; margin: 4px 6px 4px 0; }
.adm button.adm-primary { background: ${c.buttonPaper}; color: ${c.buttonInk}; }
.adm button:disabled, .adm button[aria-disabled="true"] { opacity: 0.55; cursor: not-allowed; }
.adm table { border-collapse: collapse; width: 100%; margin: 8px 0; }
.adm caption { text-align: left; font-weight: 700; padding: 4px 0; }
.adm th, .adm td { text-align: left; vertical-align: top; border-bottom: 1px solid ${c.quietPaper}; padding: 6px 8px; }
.adm thead th { background: ${c.quietPaper}; }
.adm fieldset { border: 2px solid ${c.muted}; border-radius: 8px; margin: 12px 0; padding: 8px 14px 14px; }
.adm legend { font-weight: 800; padding: 0 6px; }
.adm .adm-notice { padding: 8px 12px; border-radius: 8px; background: ${c.verifiedPaper}; color: ${c.verifiedInk}; font-weight: 600; }
.adm .adm-alert { padding: 8px 12px; border-radius: 8px; background: ${c.dangerTint}; color: ${c.ink}; border-left: 6px solid ${c.dangerStrong}; }
.adm .adm-warn { padding: 8px 12px; border-radius: 8px; background: ${c.amberTint}; color: ${c.ink}; border-left: 6px solid ${c.amberBorder}; }
.adm .adm-row { display: flex; flex-wrap: wrap; gap: 6px 18px; }
.adm .adm-row > div { flex: 1 1 260px; }
.adm code { overflow-wrap: anywhere; }
`;
