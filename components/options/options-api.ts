import type { ExtensionRequest } from '../../lib/protocol/messages';

/**
 * What the options page needs from the browser, injected so the page renders under happy-dom in tests:
 * `send` goes to the background through the one validated protocol (lib/protocol), `requestOrigin` asks the
 * user for a host permission (permissions.request, which must run in the click's handler).
 */
export interface OptionsApi {
  send(request: ExtensionRequest): Promise<unknown>;
  requestOrigin(originPattern: string): Promise<boolean>;
  /** Gives back a host permission no added publisher needs any more (permissions.remove). */
  removeOrigin(originPattern: string): Promise<boolean>;
  confirm(question: string): boolean;
}

/** The match pattern for a feed address's origin: `https://host/*` (every port and path of that host). */
export function originPatternOf(feedUrl: string): string {
  const url = new URL(feedUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
