/** The address each page fixture is served at (also listed in tests/fixtures/README.md). */
export const fixtureUrls: Record<string, string> = {
  'facebook/messenger-log-2026-vi-lookalike-money.html': 'https://www.facebook.com/messages/t/100077788899900',
  'facebook/messenger-log-2026-vi-verified-hijack.html': 'https://www.facebook.com/messages/e2ee/t/100012345678901',
  'facebook/messenger-log-2026-en-ordinary-long.html': 'https://www.facebook.com/messages/t/100011122233344',
  'facebook/messenger-grid-2023-vi-lookalike-money.html': 'https://www.facebook.com/messages/t/100077788899900',
  'facebook/messenger-unknown-layout.html': 'https://www.facebook.com/messages/t/100055566677788',
  'facebook/profile-vi-lookalike.html': 'https://www.facebook.com/profile.php?id=100099988877766',
  'facebook/profile-en-verified-minh.html': 'https://www.facebook.com/lequangminh.qt',
  'facebook/profile-vi-namesake-hung.html': 'https://www.facebook.com/profile.php?id=100043214321432',
  'zalo/zalo-2026-vi-lookalike-1to1.html': 'https://chat.zalo.me/',
  'zalo/zalo-2026-vi-lookalike-group.html': 'https://chat.zalo.me/',
  'zalo/zalo-2026-en-ordinary.html': 'https://chat.zalo.me/',
  'zalo/zalo-2024-vi-cards-ordinary.html': 'https://chat.zalo.me/',
  'zalo/zalo-unknown-layout.html': 'https://chat.zalo.me/',
};
