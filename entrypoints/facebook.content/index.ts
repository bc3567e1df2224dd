import { guardPage } from '@/components/page-guard/guard';

/** Facebook profiles, Messenger on facebook.com/messages, and messenger.com (which redirects there since 2026). */
export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    guardPage(ctx);
  },
});
