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
    action: { default_title: '__MSG_extName__' },
  },
});
