import { palette as c } from './palette';

/**
 * The CSS of every warning component, as a string. The content script mounts the components in a shadow root
 * (WXT createShadowRootUi), where no page CSS reaches them and no stylesheet file is needed: put this string in a
 * <style> element inside the shadow root. System fonts only, so nothing is fetched from the network.
 * Sizes are in px, not rem: inside a page, rem follows the page's root font size, which we do not control.
 */
export const uiStyles = `
:host { all: initial; }
.cgd-root, .cgd-root * { box-sizing: border-box; }
.cgd-root {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.45; color: ${c.ink}; text-align: left;
}
.cgd-root a { color: ${c.link}; text-decoration: underline; }
.cgd-root button, .cgd-root a { font: inherit; }
.cgd-root :focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; box-shadow: 0 0 0 5px ${c.paper}; }

/* The one scroll box (the host does not scroll): focusable, so the keyboard can scroll it. */
.cgd-banner {
  width: 100%; max-width: 480px; max-height: calc(100vh - 24px); overflow: auto; overscroll-behavior: contain;
  border: 4px solid; border-radius: 12px; background: ${c.paper};
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.35);
}
.cgd-banner.cgd-danger { border-color: ${c.dangerStrong}; background: ${c.dangerTint}; }
.cgd-banner.cgd-amber { border-color: ${c.amberBorder}; background: ${c.amberTint}; }
.cgd-head { display: flex; align-items: center; gap: 10px; padding: 12px 16px; }
.cgd-danger .cgd-head { background: ${c.dangerStrong}; color: ${c.dangerOnStrong}; }
.cgd-amber .cgd-head { background: ${c.amberStrong}; color: ${c.amberOnStrong}; }
.cgd-head h2 { margin: 0; font-size: 22px; font-weight: 800; letter-spacing: 0.02em; }
.cgd-head { flex-wrap: wrap; }
/* Focused by the shortcut or the confirmation: always drawn, since a focus moved by script may not count as visible. */
.cgd-head h2:focus { outline: 3px solid currentColor; outline-offset: 2px; box-shadow: none; }
.cgd-brand { margin-left: auto; font-size: 14px; font-weight: 600; overflow-wrap: anywhere; }
.cgd-icon { flex: none; width: 32px; height: 32px; }
.cgd-lead { padding: 14px 16px 0; }
.cgd-body { padding: 0 16px 16px; }
.cgd-confirm { margin-top: 4px; padding: 10px 12px; background: ${c.paper}; border: 2px solid ${c.ink}; border-radius: 8px; }
.cgd-question { margin: 0 0 10px; font-size: 17px; font-weight: 700; }
.cgd-question:focus, .cgd-note p:focus { outline: 3px solid ${c.focus}; outline-offset: 2px; }
.cgd-hint { margin: 10px 0 0; font-size: 13px; color: ${c.ink}; }
.cgd-noted { box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); color: ${c.ink}; }
.cgd-summary { margin: 0 0 10px; font-size: 20px; font-weight: 700; }
.cgd-instruction { margin: 0 0 14px; font-size: 18px; font-weight: 600; }
.cgd-leader { margin: 0 0 14px; padding: 10px 12px; background: ${c.paper}; border-radius: 8px; }
.cgd-leader-label { display: block; font-size: 14px; font-weight: 600; }
.cgd-leader-name { display: block; font-size: 20px; font-weight: 800; }
.cgd-leader-office { display: block; font-size: 16px; }
.cgd-section { margin: 0 0 14px; }
.cgd-section h3 { margin: 0 0 6px; font-size: 16px; font-weight: 800; }
.cgd-section ul { margin: 0; padding-left: 22px; }
.cgd-section li { margin: 0 0 4px; }
.cgd-odd { font-size: 1.25em; font-weight: 800; text-decoration: underline wavy ${c.dangerStrong}; background: ${c.highlight}; color: ${c.ink}; }
.cgd-message { margin: 0 0 6px; padding: 8px 10px; background: ${c.paper}; border-left: 4px solid ${c.ink}; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
.cgd-message mark { background: ${c.highlight}; color: ${c.ink}; font-weight: 700; padding: 0 2px; border-bottom: 2px solid ${c.ink}; }
.cgd-contacts a { font-weight: 700; font-size: 18px; }
.cgd-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 4px; }
.cgd-button {
  min-height: 44px; padding: 8px 16px; border-radius: 8px; border: 2px solid ${c.ink};
  background: ${c.paper}; color: ${c.ink}; font-size: 16px; font-weight: 700; cursor: pointer;
}
.cgd-button.cgd-primary { background: ${c.buttonPaper}; color: ${c.buttonInk}; }

.cgd-mark {
  display: inline-flex; align-items: center; gap: 4px; margin: 0; padding: 2px 8px; border-radius: 999px;
  background: ${c.verifiedPaper}; color: ${c.verifiedInk}; font-size: 13px; font-weight: 700;
}
.cgd-mark .cgd-icon { width: 16px; height: 16px; }
.cgd-note {
  display: flex; align-items: flex-start; gap: 8px; margin: 0; padding: 8px 10px; max-width: 480px;
  border-radius: 8px; background: ${c.quietPaper}; color: ${c.muted}; font-size: 14px;
}
.cgd-note .cgd-icon { width: 18px; height: 18px; margin-top: 1px; }
.cgd-note p { margin: 0; flex: 1; }
.cgd-note .cgd-button { min-height: 32px; padding: 2px 10px; font-size: 14px; border-color: ${c.muted}; color: ${c.muted}; background: ${c.paper}; }
`;
