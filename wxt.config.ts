import { defineConfig } from 'wxt';

// Build configuration of the extension. The logic lives in lib/ and does not know WXT exists.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: storage.session keeps each tab's verdict across service-worker restarts.
    permissions: ['storage'],
    // The image hosts only (dom-notes "Images"), so the background can fetch the avatar of the profile or chat
    // partner being viewed and compare it with the leaders' photos. Never the sites themselves: the content scripts
    // read those. lib/photos/avatar-source.ts checks every address against the same list before fetching.
    host_permissions: ['https://*.fbcdn.net/*', 'https://*.zadn.vn/*', 'https://*.zdn.vn/*'],
    action: { default_title: '__MSG_extName__' },
    // The banner's React code, imported by the content scripts only when a page needs a warning. A dynamic URL
    // keeps pages from probing for the extension by a fixed address.
    web_accessible_resources: [
      {
        resources: ['banner-ui.js'],
        matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*', 'https://chat.zalo.me/*'],
        use_dynamic_url: true,
      },
    ],
  },
});
