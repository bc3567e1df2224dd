import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { admit } from '../../lib/protocol/trust';
import { createProtectionService } from '../../lib/protection/service';
import { ProtectionDb } from '../../lib/store/db';
import type { CheckResult } from '../../lib/check';

// The check page asks the background through the protocol; a content script may not (it has no use for it).
describe('check-input request', () => {
  let db: ProtectionDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('is admitted from extension pages only, and bounded', () => {
    expect(admit({ type: 'check-input', text: 'Lê Quang Minh' }, 'extension-page')).toMatchObject({ ok: true });
    expect(admit({ type: 'check-input', text: 'Lê Quang Minh' }, 'content-script').ok).toBe(false);
    expect(admit({ type: 'check-input', text: 'x'.repeat(4001) }, 'extension-page').ok).toBe(false);
    expect(admit({ type: 'check-input', text: 42 }, 'extension-page').ok).toBe(false);
  });

  it('is answered by the service from the active directory', async () => {
    db = new ProtectionDb(`check-${Math.random()}`);
    const service = createProtectionService(db);
    const answer = (await service.handle({ type: 'check-input', text: '1234567890' })) as CheckResult;
    expect(answer).toMatchObject({ outcome: 'reported', input: { kind: 'bank-account' }, reasons: [{ code: 'flagged-bank-account' }] });
  });
});
