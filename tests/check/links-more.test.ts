import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../lib/check/classify';
import { checkText } from '../../lib/check';
import { demoDirectory } from '../../lib/directory/demo';
import { createDetectionEngine } from '../../lib/verdict/engine';

/** Links the context menu offers on Facebook that carry a person: group member links and Messenger usernames. */
const id = '100099999999999';

describe('links that name a person in other ways', () => {
  it.each([
    [`https://www.facebook.com/groups/123456789012345/user/${id}/`, { kind: 'facebook-profile', id }],
    [`https://m.facebook.com/groups/123456789012345/user/${id}`, { kind: 'facebook-profile', id }],
    [`https://www.facebook.com/groups/123456789012345/user/${id}/?__cft__[0]=AZX1abc&__tn__=-UC%2CP-R`, { kind: 'facebook-profile', id }],
    ['https://www.messenger.com/t/lequangminh.qt', { kind: 'facebook-profile', username: 'lequangminh.qt' }],
    ['https://www.facebook.com/messages/t/lequangminh.qt/', { kind: 'facebook-profile', username: 'lequangminh.qt' }],
    ['https://www.facebook.com/groups/123456789012345/', { kind: 'other-link' }],
    ['https://www.facebook.com/lequangminh.qt%', { kind: 'other-link' }],
    ['https://www.facebook.com/messages/t/%E0%A4%A', { kind: 'other-link' }],
  ])('%s', (address, expected) => expect(classifyInput(address)).toMatchObject(expected));

  it('are checked against the directory: a reported member, the leader by username', () => {
    const engine = createDetectionEngine([demoDirectory]);
    expect(checkText(engine, `https://www.facebook.com/groups/123456789012345/user/${id}/`).outcome).toBe('reported');
    expect(checkText(engine, 'https://www.messenger.com/t/lequangminh.qt')).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' } });
  });
});
