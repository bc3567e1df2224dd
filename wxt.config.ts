import { defineConfig } from 'wxt';

// Build configuration of the extension. The logic lives in lib/ and does not know WXT exists.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Chống Giả Danh',
    description: 'Cảnh báo tài khoản giả danh lãnh đạo hỏi vay, chuyển tiền trên Facebook, Messenger và Zalo Web.',
    default_locale: 'vi',
  },
});
