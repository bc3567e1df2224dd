import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { uiStyles } from '../ui-styles';

/**
 * The page-side home of the warning: a closed shadow root (the page's CSS and scripts cannot reach inside),
 * pinned over the page. A hostile page may restyle the host or remove it to hide a warning it does not like:
 * the first fails against `:host` rules, the second is undone while a warning stands.
 */
export interface BannerHost {
  show(content: ReactNode): void;
  hide(): void;
  remove(): void;
  /**
   * Moves the keyboard focus to what is shown (the element marked `data-cgd-focus`, a banner's heading), for the
   * shortcut "focus-warning". False, and nothing moves, when nothing focusable is shown.
   */
  focus(): boolean;
  /**
   * Tells a screen reader `text` through a polite status that stays in the host from its first warning on: a live
   * region inserted together with its words is often not announced, so the amber banners speak through this one.
   */
  announce(text: string): void;
}

/** The element of a shown warning that the shortcut, or a change of what is shown, puts the focus on. */
export const focusTargetSelector = '[data-cgd-focus]';

/**
 * The host's own box, from inside the shadow root: important declarations of a shadow tree's `:host` outrank the
 * page's, even its inline `!important` styles (CSS Cascade 5, "context"), so a page cannot move or hide it by CSS.
 */
const hostCss = `:host {
  position: fixed !important; top: 12px !important; right: 12px !important; left: auto !important; bottom: auto !important;
  z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  width: min(440px, calc(100vw - 24px)) !important; max-height: none !important; overflow: visible !important;
  pointer-events: auto !important; transform: none !important; filter: none !important; clip-path: none !important;
}`;

/**
 * The host is the body's FIRST child: the first Tab from the top of the page, and a screen reader reading from the
 * top, reach the warning before the page (hundreds of stops on Messenger). Empty, it holds nothing focusable, so
 * it costs nothing while no warning is shown. The host is fixed in place, so where it sits in the DOM changes only
 * the reading and Tab order, not where it is drawn.
 */
export async function createBannerHost(ctx: ContentScriptContext): Promise<BannerHost> {
  let root: Root | undefined;
  let showing = false;
  let announcer: HTMLElement | undefined;
  let announcing: ReturnType<typeof setTimeout> | undefined;
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'chong-gia-danh-canh-bao',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    mode: 'closed',
    isolateEvents: true,
    css: `${hostCss}\n${uiStyles}`,
    onMount(container) {
      root = createRoot(container);
      announcer = document.createElement('div');
      announcer.setAttribute('role', 'status');
      announcer.setAttribute('style', 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap');
      container.after(announcer);
      return root;
    },
    onRemove(mounted) {
      mounted?.unmount();
      root = undefined;
    },
  });

  // Removing the host is the one thing CSS cannot prevent: put it back while a warning stands. `inert` would
  // leave it visible but unusable, so that attribute goes too.
  // Moving it under a hidden or inert element, or hiding it from screen readers, is undone the same way.
  const placeFirst = (): void => {
    const parent = document.body ?? document.documentElement;
    if (ui.shadowHost.parentNode !== parent || parent.firstChild !== ui.shadowHost) parent.prepend(ui.shadowHost);
  };
  const guard = new MutationObserver(() => {
    if (!showing) return;
    placeFirst();
    if (ui.shadowHost.hasAttribute('inert')) ui.shadowHost.removeAttribute('inert');
    if (ui.shadowHost.hasAttribute('aria-hidden')) ui.shadowHost.removeAttribute('aria-hidden');
  });

  function watchHost(): void {
    guard.disconnect();
    guard.observe(document.body ?? document.documentElement, { childList: true });
    guard.observe(ui.shadowHost, { attributes: true, attributeFilter: ['inert', 'aria-hidden'] });
  }

  ctx.onInvalidated(() => guard.disconnect());

  /**
   * Where the focus was before it entered the warning, to put it back when the warning closes: otherwise it falls
   * to <body>, and a keyboard user must find their place again from the top. The shadow root retargets an event's
   * relatedTarget, so a move within the warning shows as coming from the host itself and is ignored.
   */
  let returnTo: HTMLElement | undefined;
  const remember = (from: EventTarget | null | undefined): void => {
    if (from instanceof HTMLElement && from !== ui.shadowHost && from !== document.body && !ui.shadowHost.contains(from)) returnTo = from;
    // From the browser's own controls (no element): nothing on the page to go back to, not an older place.
    else if (from === null || from === undefined) returnTo = undefined;
  };
  ui.shadowHost.addEventListener('focusin', (event) => remember(event.relatedTarget));

  const focusInside = (): boolean => document.activeElement === ui.shadowHost;
  const focusTarget = (): HTMLElement | null => ui.shadow.querySelector<HTMLElement>(focusTargetSelector);

  /** Back where the user was; failing that, the page's message box (Messenger, Zalo), else where the browser puts it. */
  function giveFocusBack(): void {
    const composer = () => document.querySelector<HTMLElement>('[role="textbox"][contenteditable="true"], textarea');
    const back = returnTo?.isConnected ? returnTo : composer();
    returnTo = undefined;
    back?.focus();
    // What held the focus may be hidden, inert or disabled now: then the message box.
    if (back && document.activeElement !== back) composer()?.focus();
  }

  /**
   * Renders at once (flushSync), so the focus can be checked: if it was inside the warning and what held it is gone
   * (the confirmation replaced by its notice, one warning by another), it goes to the new content's focus target.
   */
  function render(content: ReactNode): void {
    const hadFocus = focusInside();
    flushSync(() => root?.render(content));
    if (!hadFocus || ui.shadow.activeElement) return;
    if (content) focusTarget()?.focus();
    if (!ui.shadow.activeElement) giveFocusBack();
  }

  return {
    show(content) {
      if (!root) ui.mount();
      // The page may have removed or moved the host while nothing was shown (the guard was off).
      placeFirst();
      showing = true;
      render(content);
      watchHost();
    },
    hide() {
      showing = false;
      guard.disconnect();
      render(null);
      if (announcing !== undefined) clearTimeout(announcing);
      if (announcer) announcer.textContent = '';
    },
    announce(text) {
      if (!announcer) return;
      if (announcing !== undefined) clearTimeout(announcing);
      announcer.textContent = '';
      // After a moment, so the region exists (and was emptied) before its words change.
      announcing = setTimeout(() => {
        announcing = undefined;
        if (announcer && showing) announcer.textContent = text;
      }, 150);
    },
    focus() {
      const target = showing ? focusTarget() : null;
      if (!target) return false;
      remember(document.activeElement);
      target.focus();
      return true;
    },
    remove() {
      showing = false;
      guard.disconnect();
      ui.remove();
    },
  };
}
