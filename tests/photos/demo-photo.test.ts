// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/image-file';
import { demoDirectory } from '../../lib/directory/demo';
import { bestPhotoMatch, pdqHash, PDQ_MIN_QUALITY } from '../../lib/photos/pdq';
import { readPage } from '../../lib/sites';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { judgePage } from '../../lib/verdict/page-verdict';
import { demoAvatarFile, demoAvatarUrls, encodeDemoAvatar } from '../../scripts/fixtures/demo-avatar';

/** The demo leader's photo: the committed picture, its hash in the demo directory, and the pages that show it. */
const bytes = readFileSync(demoAvatarFile);
const minh = demoDirectory.leaders.find((l) => l.id === 'qt-stc-gd')!;
const engine = createDetectionEngine([demoDirectory]);
const fixture = (file: string) => readFileSync(join('tests', 'fixtures', file), 'utf8');

describe('the demo leader photo', () => {
  it('is the picture the script draws, byte for byte', () => {
    expect(Buffer.compare(encodeDemoAvatar(), bytes)).toBe(0);
  });

  it('is listed in the demo directory with its own hash and a usable quality', () => {
    const { hash, quality } = pdqHash(decodeImageBytes(bytes, demoAvatarFile));
    expect(minh.photos).toEqual([{ pdq: hash, quality }]);
    expect(quality).toBeGreaterThanOrEqual(PDQ_MIN_QUALITY);
    // No other demo leader has a photo it could be confused with.
    expect(bestPhotoMatch(hash, engine.photos)).toEqual({ leaderId: 'qt-stc-gd', distance: 0 });
  });
});

describe('the pages that show it', () => {
  const url = new URL('https://www.facebook.com/profile.php?id=100088877766655');

  it('the photo lookalike: another, undisguised name, an unlisted id, the leader photo re-uploaded', () => {
    const html = fixture('photo/profile-vi-photo-lookalike.html');
    expect(html.startsWith('<!--')).toBe(true);
    const reading = readPage(new DOMParser().parseFromString(html, 'text/html'), url)!;
    expect(reading).toMatchObject({ site: 'facebook', kind: 'profile', layout: 'ok' });
    expect(reading.subject).toMatchObject({ name: 'Trương Văn Khải', id: '100088877766655', avatarUrl: demoAvatarUrls.copy });
    // The command line's DOM reads it alike.
    expect(readPage(parseHTML(html).document as unknown as Document, url)).toEqual(reading);
    // Only the photo ties it to the leader: by name it is nobody.
    expect(judgePage(engine, reading).verdict.level).toBe('none');
    const photo = bestPhotoMatch(pdqHash(decodeImageBytes(bytes, demoAvatarFile)).hash, engine.photos);
    expect(judgePage(engine, reading, photo).verdict).toMatchObject({ level: 'lookalike', leader: { id: 'qt-stc-gd' } });
  });

  it('the leader’s own verified profile shows the same photo at its own address', () => {
    const reading = readPage(new DOMParser().parseFromString(fixture('facebook/profile-en-verified-minh.html'), 'text/html'), new URL('https://www.facebook.com/lequangminh.qt'))!;
    expect(reading.subject).toMatchObject({ name: 'Lê Quang Minh', username: 'lequangminh.qt', avatarUrl: demoAvatarUrls.leader });
    const photo = bestPhotoMatch(minh.photos[0]!.pdq, engine.photos);
    expect(judgePage(engine, reading, photo).verdict.level).toBe('verified');
  });
});
