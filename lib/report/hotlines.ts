import type { Locale } from '../i18n/locale';
import type { ReportRecipient } from './report';

/**
 * National lines, listed after the publisher's own contacts (the provincial police office, PA05, is who acts on
 * a report; these are for when the directory lists none, or when money has already been sent). Only addresses
 * that are public, stable and meant for the public to report on:
 * - 113: the police emergency line (Cảnh sát 113), for a transfer already made or under way.
 * - canhbao.khonggianmang.vn: the national portal of the Authority of Information Security (Cục An toàn thông tin)
 *   that takes reports of online scams.
 * A province's own hotlines belong in its directory (publisher.contacts), not here.
 */
const nationalLines: Record<Locale, ReportRecipient[]> = {
  vi: [
    { label: 'Cảnh sát 113 (khẩn cấp: khi đã chuyển tiền hoặc đang bị lừa)', phone: '113', via: 'national' },
    { label: 'Cổng cảnh báo, phản ánh lừa đảo trực tuyến (Cục An toàn thông tin)', url: 'https://canhbao.khonggianmang.vn', via: 'national' },
  ],
  en: [
    { label: 'Police 113 (emergency: money already sent or being sent)', phone: '113', via: 'national' },
    { label: 'National portal for reporting online scams (Authority of Information Security)', url: 'https://canhbao.khonggianmang.vn', via: 'national' },
  ],
};

export function nationalHotlines(locale: Locale): ReportRecipient[] {
  return nationalLines[locale].map((line) => ({ ...line }));
}
