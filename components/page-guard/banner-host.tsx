import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import { uiStyles } from '../ui-styles';

/**
 * The page-side home of the warning: a closed shadow root (the page's CSS and scripts cannot reach inside),
 * pinned over the page. A hostile page may remove the host or restyle it to hide a warning it does not like;
 * while something is shown, the host is put back and its inline style restored.
 */
export interface BannerHost {
  show(content: ReactNode): void;
  hide(): void;
  remove(): void;
}

const hostStyle =
  'all: initial !important; position: fixed !important; top: 12px !important; right: 12px !important; left: auto !important; ' +
  'z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important; ' +
  'max-width: min(440px, calc(100vw - 24px)) !important; pointer-events: auto !important; transform: none !important;';

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
    css: uiStyles,
    onMount(container) {
      root = createRoot(container);
      return root;
    },
    onRemove(mounted) {
      mounted?.unmount();
      root = undefined;
    },
  });

  const guard = new MutationObserver(() => {
    if (!showing) return;
    if (!ui.shadowHost.isConnected) (document.body ?? document.documentElement).append(ui.shadowHost);
    if (ui.shadowHost.getAttribute('style') !== hostStyle) ui.shadowHost.setAttribute('style', hostStyle);
    for (const attribute of ['hidden', 'inert', 'popover']) ui.shadowHost.removeAttribute(attribute);
  });

  function watchHost(): void {
    guard.disconnect();
    guard.observe(document.body ?? document.documentElement, { childList: true });
    guard.observe(ui.shadowHost, { attributes: true });
  }

  ctx.onInvalidated(() => guard.disconnect());

  return {
    show(content) {
      if (!root) ui.mount();
      ui.shadowHost.setAttribute('style', hostStyle);
      showing = true;
      root?.render(content);
      watchHost();
    },
    hide() {
      showing = false;
      guard.disconnect();
      root?.render(null);
      ui.shadowHost.setAttribute('style', 'display: none !important;');
    },
    remove() {
      showing = false;
      guard.disconnect();
      ui.remove();
    },
  };
}
