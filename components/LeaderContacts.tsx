import { t, type Locale } from '../lib/i18n';
import type { LeaderSummary } from '../lib/verdict/types';
import { accountLink, telHref } from './account-links';

export interface LeaderContactsProps {
  leader: LeaderSummary;
  locale: Locale;
  accountsHeadingId: string;
  phonesHeadingId: string;
}

/**
 * The leader's real accounts and official phones, straight from the directory: the way to verify that does not
 * go through anything the suspect account wrote.
 */
export function LeaderContacts({ leader, locale, accountsHeadingId, phonesHeadingId }: LeaderContactsProps) {
  const accounts = leader.verifiedAccounts.map(accountLink).filter((a) => a.handle !== '');
  return (
    <>
      {accounts.length > 0 && (
        <section className="cgd-section cgd-contacts" aria-labelledby={accountsHeadingId}>
          <h3 id={accountsHeadingId}>{t(locale, 'section.accounts', { name: leader.name })}</h3>
          <ul>
            {accounts.map((account) => {
              const label =
                account.platform === 'facebook'
                  ? t(locale, 'account.facebook', { handle: account.handle })
                  : t(locale, 'account.zalo', { phone: account.handle });
              return (
                <li key={`${account.platform}:${account.handle}`}>
                  {account.href ? (
                    <a href={account.href} target="_blank" rel="noopener noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {leader.phones.length > 0 && (
        <section className="cgd-section cgd-contacts" aria-labelledby={phonesHeadingId}>
          <h3 id={phonesHeadingId}>{t(locale, 'section.phones')}</h3>
          <ul>
            {leader.phones.map((phone) => (
              <li key={phone}>
                <a href={telHref(phone)} aria-label={t(locale, 'phone.call', { phone })}>
                  {phone}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
