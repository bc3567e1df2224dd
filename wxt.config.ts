import { defineConfig } from 'wxt';
import { trustedPublishers } from './lib/feed/trust';

/**
 * Match patterns for the built-in publishers' feed addresses (a pattern without a port covers every port). Test
 * publishers, and so their addresses, only in non-production builds, as in entrypoints/background/publishers.ts.
 */
function feedOrigins(mode: string): string[] {
  const origins = trustedPublishers({ includeTestKeys: mode !== 'production' }).map((p) => {
    const url = new URL(p.feedUrl);
    return `${url.protocol}//${url.hostname}/*`;
  });
  return [...new Set(origins)];
}

// Build configuration of the extension. The logic lives in lib/ and does not know WXT exists.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Firefox too gets Manifest V3 (WXT's default for Firefox is V2): the background drives the toolbar icon through
  // browser.action, which V2 lacks, and V2 would drop optional_host_permissions. Chrome is V3 either way.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: storage.session keeps each tab's verdict across service-worker restarts.
    // alarms: directory sync every 30 minutes, surviving the service worker being stopped.
    // contextMenus: "Kiểm tra hồ sơ này" on Facebook, Messenger and Zalo links opens the check page with the link.
    // activeTab: when the user opens the popup and asks for a report, a screenshot of that tab (tabs.captureVisibleTab)
    // for the report, offered to the user and included only if they tick it. Granted by that click alone.
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab'],
    // The image hosts only (dom-notes "Images"), so the background can fetch the avatar of the profile or chat
    // partner being viewed and compare it with the leaders' photos. Never the sites themselves: the content scripts
    // read those. lib/photos/avatar-source.ts checks every address against the same list before fetching.
    // Then the built-in publishers' feed origins, for directory sync.
    host_permissions: ['https://*.fbcdn.net/*', 'https://*.zadn.vn/*', 'https://*.zdn.vn/*', ...feedOrigins(mode)],
    // A publisher the user adds on the options page: its origin is requested there (permissions.request), with
    // the user's click, and only that origin is granted.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts (no permission needed; the user can change them on the browser's shortcuts page). The warning
    // is drawn in a closed shadow root far from where a keyboard user is; "focus-warning" moves focus to it (the
    // background tells the tab, components/page-guard/guard.ts focuses the banner's heading). Alt+Shift+C ("cảnh
    // báo") and Alt+Shift+K ("kiểm tra", the popup) are not Chrome, Firefox, Facebook or Windows shortcuts (Alt+Shift
    // alone switches the Windows input language; with a letter it does not).
    commands: {
      'focus-warning': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandFocusWarning__' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' } },
    },
    // The banner's React code, imported by the content scripts only when a page needs a warning. A dynamic URL
    // keeps pages from probing for the extension by a fixed address.
    web_accessible_resources: [
      {
        resources: ['banner-ui.js'],
        matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*', 'https://chat.zalo.me/*'],
        use_dynamic_url: true,
      },
    ],
    // Firefox only (docs/permissions.md). An add-on id is required for V3 and stays fixed once on addons.mozilla.org.
    // 140 (ESR): the first Firefox that reads data_collection_permissions; V3 host permissions are granted at
    // install from 127 and optional_host_permissions exist from 128. "none": nothing about the user leaves the
    // browser; the extension only downloads (images from the sites' own hosts, the signed directory).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'chong-gia-danh@chonggiadanh', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
