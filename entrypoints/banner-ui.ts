import { createBannerUi } from '@/components/page-guard/banner-ui';
import { bannerUiGlobal } from '@/components/page-guard/banner-loader';

/**
 * The banner's React code as its own file, imported by the content scripts (in their isolated world) the first
 * time a page needs a warning. It hands its entry point over through the isolated world's global object.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[bannerUiGlobal] = createBannerUi;
});
