import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { BannerUi } from './banner-ui';

/** Where entrypoints/banner-ui.ts leaves its entry point, in the content script's isolated world. */
export const bannerUiGlobal = '__chongGiaDanhBannerUi';

type CreateBannerUi = (ctx: ContentScriptContext) => Promise<BannerUi>;

/**
 * Loads the banner's React code on first need. The file is a web-accessible resource; a dynamic import from a
 * content script runs in the same isolated world, out of the page's reach.
 */
export async function loadBannerUi(ctx: ContentScriptContext): Promise<BannerUi> {
  const scope = globalThis as Record<string, unknown>;
  if (typeof scope[bannerUiGlobal] !== 'function') {
    const url = browser.runtime.getURL('/banner-ui.js');
    await import(/* @vite-ignore */ url);
  }
  const create = scope[bannerUiGlobal];
  if (typeof create !== 'function') throw new Error('the banner code did not load');
  return (create as CreateBannerUi)(ctx);
}
