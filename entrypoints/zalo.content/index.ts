import { guardPage } from '@/components/page-guard/guard';

/** Zalo Web: one-to-one and group chats. */
export default defineContentScript({
  matches: ['https://chat.zalo.me/*'],
  runAt: 'document_idle',
  main(ctx) {
    guardPage(ctx);
  },
});
