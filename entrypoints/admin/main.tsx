import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { adminStyles } from '../../components/admin/admin-styles';
import { AdminApp } from '../../components/admin/AdminApp';
import { downloadWithLink } from '../../components/admin/environment';
import { AdminDatabase } from '../../lib/admin/key-store';
import { trustedPublishers } from '../../lib/feed';
import { decodeWithCanvas } from '../../lib/photos/canvas-decode';
import { markDocumentLocale, uiLocale } from '../../components/ui-locale';

// The admin page (admin.html): an unlisted extension page for directory admins. Nothing here runs in the
// background or in content scripts (the background is only asked for the language setting); its IndexedDB is its
// own (chong-gia-danh-admin).
const style = document.createElement('style');
style.textContent = adminStyles;
document.head.append(style);

// Opens in the user's language setting (components/ui-locale.ts), 'auto' being the browser's; the page's own button
// switches it for this page only.
void uiLocale((request) => browser.runtime.sendMessage(request), navigator.language).then((locale) => {
  markDocumentLocale(locale);
  createRoot(document.getElementById('root')!).render(
    <AdminApp
      initialLocale={locale}
      env={{
        now: () => new Date(),
        // Test keys are trusted here so the demo feed opens; the page says plainly when a file or key is a test one.
        publishers: trustedPublishers({ includeTestKeys: true }),
        decodeImage: decodeWithCanvas,
        db: new AdminDatabase(),
        fetch: (input, init) => fetch(input, init),
        download: downloadWithLink,
      }}
    />,
  );
});
