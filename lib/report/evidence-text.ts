import type { Verdict } from '../verdict/types';

/** What the user saw, as plain text to paste into a report to the police or a message to a colleague. */
export interface Evidence {
  pageUrl: string;
  capturedAt: Date;
  senderName?: string;
  accountId?: string;
  verdict: Verdict;
  /** The messages the verdict rests on, as shown. */
  messages: { text: string; time?: string }[];
  /** Sentences explaining the verdict, already in the user's language. */
  reasonSentences: string[];
  contacts: { label: string; phone?: string; email?: string; url?: string }[];
}

/**
 * Evidence as plain text (Vietnamese headings first, the labels a police officer expects). Nothing is sent
 * anywhere: the user copies it and chooses where it goes.
 */
export function evidenceText(e: Evidence): string {
  const lines = [
    'BÁO CÁO NGHI VẤN GIẢ DANH LÃNH ĐẠO (Chống Giả Danh)',
    `Thời điểm ghi nhận: ${e.capturedAt.toISOString()}`,
    `Địa chỉ trang: ${e.pageUrl}`,
  ];
  if (e.senderName) lines.push(`Tên hiển thị: ${e.senderName}`);
  if (e.accountId) lines.push(`Mã tài khoản: ${e.accountId}`);
  lines.push(`Mức cảnh báo: ${e.verdict.level}`);
  if (e.verdict.leader) {
    const l = e.verdict.leader;
    lines.push(`Lãnh đạo bị giả danh: ${[l.name, l.title, l.organization].filter(Boolean).join(', ')}`);
  }
  if (e.reasonSentences.length > 0) lines.push('Lý do:', ...e.reasonSentences.map((r) => `- ${r}`));
  if (e.verdict.amounts.length > 0) lines.push(`Số tiền yêu cầu (VND): ${e.verdict.amounts.join(', ')}`);
  if (e.verdict.accounts.length > 0) lines.push(`Số tài khoản nêu trong tin nhắn: ${e.verdict.accounts.join(', ')}`);
  if (e.messages.length > 0) {
    lines.push('Tin nhắn:');
    for (const m of e.messages) lines.push(`- ${m.time ? `[${m.time}] ` : ''}${m.text}`);
  }
  if (e.contacts.length > 0) {
    lines.push('Nơi tiếp nhận báo cáo:');
    for (const c of e.contacts) lines.push(`- ${[c.label, c.phone, c.email, c.url].filter(Boolean).join(' — ')}`);
  }
  return `${lines.join('\n')}\n`;
}
