/**
 * Every localised label the adapters parse, in one table: aria-labels and headings differ by UI language, and a
 * user may switch language at any time. Each entry lists the English and Vietnamese forms (prefixes where the
 * label continues with a name). Sources: ../shared/docs/dom-notes.md and the synthetic Messenger shapes
 * (Vietnamese Messenger labels were marked "unverified" by the public tool that reported them, 2026).
 */
export const uiLanguages = ['en', 'vi'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const localisedLabels = {
  /** Messenger message list, one-to-one: "Messages in conversation with <name>". */
  conversationWith: { en: ['Messages in conversation with '], vi: ['Tin nhắn trong cuộc trò chuyện với '] },
  /** Messenger message list, group: "...titled <name>". The Vietnamese wording is inferred, not observed. */
  conversationTitled: { en: ['Messages in conversation titled '], vi: ['Tin nhắn trong cuộc trò chuyện có tên '] },
  /** A 2026 message's aria-label starts with its time: "At 3:08 AM, <sender>: <text>". */
  messageTime: { en: ['At '], vi: ['Lúc '] },
  /** The sender name Messenger gives our own messages in that aria-label. */
  ownSender: { en: ['You'], vi: ['Bạn'] },
  /** The visually hidden heading over our own messages in the older grid layout. */
  ownHeading: { en: ['You sent'], vi: ['Bạn đã gửi'] },
  /** Status rows in the older grid that are not messages. */
  seenStatus: { en: ['Seen', 'Delivered', 'Sent'], vi: ['Đã xem', 'Đã gửi', 'Đã nhận'] },
} as const satisfies Record<string, Record<UiLanguage, readonly string[]>>;

export type LabelKey = keyof typeof localisedLabels;

const formsByKey = new Map<LabelKey, string[]>();

/** Every form of a label in every UI language, built once: label checks run for every message row. */
function forms(key: LabelKey): string[] {
  let all = formsByKey.get(key);
  if (!all) {
    all = uiLanguages.flatMap((language) => [...localisedLabels[key][language]]);
    formsByKey.set(key, all);
  }
  return all;
}

/** The rest of `text` after one of the label's prefixes, or null when it starts with none of them. */
export function afterLabelPrefix(key: LabelKey, text: string): string | null {
  const prefix = forms(key).find((form) => text.startsWith(form));
  return prefix === undefined ? null : text.slice(prefix.length);
}

/** Whether `text` is exactly one of the label's forms. */
export function isLabel(key: LabelKey, text: string): boolean {
  return forms(key).includes(text.trim());
}
