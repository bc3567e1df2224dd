/**
 * Feed benchmark: sign and verify a 10,000-leader directory (realistic names from ./population, with titles,
 * organisations, Facebook and Zalo accounts, phones and photo hashes). Target: verify (signature, UTF-8, JSON,
 * zod schema 1, SHA-256) within 1 s. Printed against a baseline measured in the same run: JSON.parse of the
 * same payload text. Best of several trials, after one cold run that is printed too.
 *
 *   npx tsx scripts/bench/feed.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { directorySchema, type LeaderDirectoryInput } from '../../lib/directory/schema';
import { encodeUtf8 } from '../../lib/feed/bytes';
import { generateSigningKeyPair, importPrivateKey, signFeed, verifyFeed, type TrustedPublisher } from '../../lib/feed';
import { generateLeaders, loadNameSources, seededRandom } from './population';

const LEADERS = 10_000;
const TRIALS = 5;

const titles = ['Giám đốc', 'Phó Giám đốc', 'Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Chánh Văn phòng', 'Trưởng phòng', 'Trưởng ban'];
const bodies = ['Sở Tài chính', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Công Thương', 'Ủy ban nhân dân', 'Ban Quản lý Khu kinh tế', 'Văn phòng UBND'];
const places = ['tỉnh Quảng Trị', 'huyện Hải Lăng', 'huyện Gio Linh', 'thị xã Quảng Trị', 'thành phố Đông Hà', 'huyện Cam Lộ', 'huyện Vĩnh Linh'];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export async function buildBenchDirectory(n: number): Promise<LeaderDirectoryInput> {
  const { leaders, people } = generateLeaders(await loadNameSources(), n, 11);
  const random = seededRandom(2026);
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(random() * 10)).join('');
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const hex = () => Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  return {
    schema: 1,
    publisher: { id: 'qt-pa05', name: 'Công an tỉnh Quảng Trị — Phòng PA05', contacts: [{ label: 'PA05', phone: '0233 3852 000' }] },
    version: 42,
    issuedAt: '2026-11-01T00:00:00Z',
    expiresAt: '2027-02-01T00:00:00Z',
    leaders: leaders.map((entry, i) => {
      const person = people[i]!;
      const accounts: { platform: 'facebook' | 'zalo'; id?: string; username?: string; phone?: string }[] = [
        { platform: 'facebook', id: `1000${digits(11)}`, ...(random() < 0.6 ? { username: `${fold(person.full)}.${digits(2)}` } : {}) },
      ];
      if (random() < 0.7) accounts.push({ platform: 'zalo', phone: `09${digits(8)}` });
      return {
        id: `qt-${i}`,
        name: entry.name,
        ...(entry.aliases ? { aliases: entry.aliases } : {}),
        title: pick(titles),
        organization: `${pick(bodies)} ${pick(places)}`,
        photos: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ pdq: hex(), quality: 60 + Math.floor(random() * 41) })),
        accounts,
        phones: [`0233 3${digits(3)} ${digits(3)}`],
      };
    }),
    flagged: Array.from({ length: 500 }, (_, i) =>
      i % 2 === 0
        ? { kind: 'bank-account' as const, value: digits(10 + (i % 4)), bank: '970436', holder: 'NGUYEN VAN B', note: 'reported' }
        : { kind: 'phone' as const, value: `08${digits(8)}` },
    ),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

/** The first run (cold) and the best of TRIALS runs, the first included. */
async function time(run: () => unknown): Promise<{ first: number; best: number }> {
  let first = 0;
  let best = Infinity;
  for (let i = 0; i < TRIALS; i++) {
    const t = performance.now();
    await run();
    const ms = performance.now() - t;
    if (i === 0) first = ms;
    best = Math.min(best, ms);
  }
  return { first, best };
}

export async function runFeedBench(): Promise<void> {
  const directory = await buildBenchDirectory(LEADERS);
  const payloadText = JSON.stringify(directory);
  const payload = encodeUtf8(payloadText);
  const pair = await generateSigningKeyPair('bench');
  const privateKey = await importPrivateKey(pair.privateJwk);
  const publishers: TrustedPublisher[] = [
    { id: 'qt-pa05', name: 'bench', feedUrl: 'http://127.0.0.1/', keys: [{ keyId: 'bench', publicKey: pair.publicKey, validFrom: '2026-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z', test: true }] },
  ];
  const now = new Date('2026-11-15T00:00:00Z');
  console.log(`${LEADERS} leaders, ${directory.flagged?.length ?? 0} flagged; payload ${mb(payload.length)}`);

  const signed = await signFeed(payload, privateKey, 'bench');
  console.log(`feed file ${mb(signed.feedText.length)}`);
  const options = { publishers, now, manifest: signed.manifest, storedVersion: 41 };

  // Memory of one verification as a client runs it, the verified directory still held.
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const verified = await verifyFeed(signed.feedText, options);
  const after = process.memoryUsage();
  if (verified.directory.leaders.length !== LEADERS) throw new Error('verification lost leaders');

  const baseline = await time(() => JSON.parse(payloadText));
  const zodOnly = await time(() => directorySchema.parse(JSON.parse(payloadText)));
  const sign = await time(() => signFeed(payload, privateKey, 'bench'));
  const verify = await time(() => verifyFeed(signed.feedText, options));

  const row = (label: string, cold: number, best: number) =>
    console.log(`${label.padEnd(46)} first ${cold.toFixed(0).padStart(5)} ms   best of ${TRIALS} ${best.toFixed(0).padStart(5)} ms   ${(best / baseline.best).toFixed(1).padStart(5)}× JSON.parse`);
  row('JSON.parse of the payload (baseline)', baseline.first, baseline.best);
  row('JSON.parse + zod schema 1', zodOnly.first, zodOnly.best);
  row('sign (zod check, Ed25519, base64, SHA-256)', sign.first, sign.best);
  row('verify (Ed25519, base64, JSON, zod, SHA-256)', verify.first, verify.best);
  console.log(`verify target 1000 ms: ${verify.best <= 1000 ? 'met' : 'NOT met'} (best ${verify.best.toFixed(0)} ms, first ${verify.first.toFixed(0)} ms)`);
  console.log(
    `memory around one verify (result held${'gc' in globalThis ? ', after gc' : ''}): heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)} (${signedMb(after.heapUsed - before.heapUsed)}), rss ${mb(before.rss)} → ${mb(after.rss)} (${signedMb(after.rss - before.rss)})`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFeedBench();
}
