import { createShadowRootUi, type ContentScriptContext } from '#imports';
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
}

/**
 * The host's own box, from inside the shadow root: important declarations of a shadow tree's `:host` outrank the
 * page's, even its inline `!important` styles (CSS Cascade 5, "context"), so a page cannot move or hide it by CSS.
 */
const hostCss = `:host {
  position: fixed !important; top: 12px !important; right: 12px !important; left: auto !important; bottom: auto !important;
  z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  width: min(440px, calc(100vw - 24px)) !important; max-height: calc(100vh - 24px) !important; overflow: auto !important;
  pointer-events: auto !important; transform: none !important; filter: none !important; clip-path: none !important;
}`;

export async function createBannerHost(ctx: ContentScriptContext): Promise<BannerHost> {
  let root: Root | undefined;
  let showing = false;
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'chong-gia-danh-canh-bao',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    css: `${hostCss}\n${uiStyles}`,
    onMount(container) {
      root = createRoot(container);
      return root;
    },
    onRemove(mounted) {
      mounted?.unmount();
      root = undefined;
    },
  });

  // Removing the host is the one thing CSS cannot prevent: put it back while a warning stands. `inert` would
  // leave it visible but unusable, so that attribute goes too.
  const guard = new MutationObserver(() => {
    if (!showing) return;
    if (!ui.shadowHost.isConnected) (document.body ?? document.documentElement).append(ui.shadowHost);
    if (ui.shadowHost.hasAttribute('inert')) ui.shadowHost.removeAttribute('inert');
  });

  function watchHost(): void {
    guard.disconnect();
    guard.observe(document.body ?? document.documentElement, { childList: true });
    guard.observe(ui.shadowHost, { attributes: true, attributeFilter: ['inert'] });
  }

  ctx.onInvalidated(() => guard.disconnect());

  return {
    show(content) {
      if (!root) ui.mount();
      showing = true;
      root?.render(content);
      watchHost();
    },
    hide() {
      showing = false;
      guard.disconnect();
      root?.render(null);
    },
    remove() {
      showing = false;
      guard.disconnect();
      ui.remove();
    },
  };
}
