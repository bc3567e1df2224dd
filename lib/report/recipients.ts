import type { Contact } from '../directory/schema';
import type { Locale } from '../i18n/locale';
import { nationalHotlines } from './hotlines';
import type { ReportRecipient } from './report';
import { withoutEmpty } from './text';

/** A publisher's contacts, as the background hands them with an answer. */
export interface PublisherContacts {
  publisher: string;
  contacts: readonly Contact[];
}

/**
 * Whom the report is addressed to: the contacts of the publishers concerned first (the office that keeps the
 * leader's directory is the one that can act), then the national lines. A line listed twice (a publisher may list
 * 113 too) is kept once, where it first appears.
 */
export function reportRecipients(publishers: readonly PublisherContacts[], locale: Locale): ReportRecipient[] {
  const fromPublishers = publishers.flatMap(({ publisher, contacts }) =>
    contacts.map((c): ReportRecipient => ({ label: c.label, phone: c.phone, email: c.email, url: c.url, via: 'publisher', publisher })),
  );
  const seen = new Set<string>();
  return [...fromPublishers, ...nationalHotlines(locale)].filter((recipient) => {
    const keys = [recipient.phone && `tel:${recipient.phone.replace(/[^0-9+]/g, '')}`, recipient.email && `mail:${recipient.email.toLowerCase()}`, recipient.url && `url:${recipient.url.replace(/\/+$/, '')}`].filter(
      (key): key is string => Boolean(key),
    );
    const identity = keys.length > 0 ? keys : [`label:${recipient.label}`];
    if (identity.some((key) => seen.has(key))) return false;
    for (const key of identity) seen.add(key);
    return true;
  }).map(withoutEmpty);
}

/** The recipients in groups, as the report shows them: each publisher's contacts under its name, then the national lines. */
export function recipientGroups(sendTo: readonly ReportRecipient[]): { via: ReportRecipient['via']; publisher?: string; recipients: ReportRecipient[] }[] {
  const groups: { via: ReportRecipient['via']; publisher?: string; recipients: ReportRecipient[] }[] = [];
  for (const recipient of sendTo) {
    const last = groups[groups.length - 1];
    if (last && last.via === recipient.via && last.publisher === recipient.publisher) last.recipients.push(recipient);
    else groups.push({ via: recipient.via, ...(recipient.publisher !== undefined ? { publisher: recipient.publisher } : {}), recipients: [recipient] });
  }
  return groups;
}
