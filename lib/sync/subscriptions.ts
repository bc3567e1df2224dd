import { feedEnvelopeSchema, type TrustedPublisher } from '../feed';
import type { FeedSubscription, ProtectionDb } from '../store/db';

/**
 * The publishers the extension polls: the built-in trusted publishers (their keys ship with the extension) and
 * those the user added on the options page (address and public key stored in IndexedDB). A user-added publisher
 * can never take a built-in publisher's id: the built-in one wins, so a key typed in by hand cannot sign for a
 * province the extension already trusts.
 */
export interface SubscribedPublisher {
  id: string;
  name: string;
  feedUrl: string;
  builtIn: boolean;
  /** The trust to verify this publisher's feeds with, given the feed text (see userTrust). */
  trustFor(feedText: string): TrustedPublisher;
}

/** Keys typed in by hand have no window of their own: trust the key itself, at any date a feed may carry. */
const USER_KEY_WINDOW = { validFrom: '2000-01-01T00:00:00Z', validUntil: '2100-01-01T00:00:00Z' } as const;

/**
 * A user-added publisher is trusted with the one public key the user gave, whatever key id the feed's envelope
 * names (the id is a label; the signature is what is checked). An envelope that cannot be read gets a dummy id
 * and is refused by verifyFeed as malformed, as it would be anyway.
 */
export function userTrust(subscription: FeedSubscription, feedText: string): TrustedPublisher {
  let keyId = 'user-added-key';
  try {
    const envelope = feedEnvelopeSchema.safeParse(JSON.parse(feedText));
    if (envelope.success) keyId = envelope.data.keyId;
  } catch {
    // not JSON: verifyFeed says so
  }
  return {
    id: subscription.id,
    name: subscription.id,
    feedUrl: subscription.feedUrl,
    keys: [{ keyId, publicKey: subscription.publicKey, ...USER_KEY_WINDOW, test: false }],
  };
}

export async function subscribedPublishers(db: ProtectionDb, builtIn: readonly TrustedPublisher[]): Promise<SubscribedPublisher[]> {
  const builtInIds = new Set(builtIn.map((p) => p.id));
  const fromBuild: SubscribedPublisher[] = builtIn.map((p) => ({ id: p.id, name: p.name, feedUrl: p.feedUrl, builtIn: true, trustFor: () => p }));
  const added: SubscribedPublisher[] = (await db.subscriptions.toArray())
    .filter((s) => !builtInIds.has(s.id))
    .map((s) => ({ id: s.id, name: s.id, feedUrl: s.feedUrl, builtIn: false, trustFor: (text: string) => userTrust(s, text) }));
  return [...fromBuild, ...added];
}
