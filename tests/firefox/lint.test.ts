import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoDir } from '../../scripts/generate/shared-path';

/**
 * The Firefox package as addons.mozilla.org would check it: Mozilla's own linter (web-ext lint runs the addons-linter
 * that AMO runs on upload, so no --self-hosted) over `.output/firefox-mv3`, which `npm test` builds first with
 * `wxt build -b firefox`. Errors fail the suite; warnings are printed (docs/permissions.md lists the known ones).
 */
const firefoxDir = path.join(repoDir, '.output', 'firefox-mv3');
const webExt = path.join(repoDir, 'node_modules', '.bin', 'web-ext');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(sourceDir: string): Promise<LintReport> {
  // web-ext exits with 1 when it finds errors; the JSON report is on stdout either way.
  const stdout = await promisify(execFile)(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? '',
  );
  return JSON.parse(stdout) as LintReport;
}

const describeMessage = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}${m.description ? ` (${m.description})` : ''}`;

describe('Firefox package', () => {
  it('is Manifest V3 with its own add-on id', async () => {
    if (!existsSync(path.join(firefoxDir, 'manifest.json'))) throw new Error(`build the Firefox package first (wxt build -b firefox): ${firefoxDir} is missing`);
    const manifest = JSON.parse(await readFile(path.join(firefoxDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toBe('chong-gia-danh@chonggiadanh');
    // Firefox has no background service worker: WXT writes background.scripts instead.
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });

  it('passes web-ext lint with no errors', { timeout: 60_000 }, async () => {
    const report = await lint(firefoxDir);
    for (const m of report.warnings) console.log(`web-ext lint warning: ${describeMessage(m)}`);
    for (const m of report.notices) console.log(`web-ext lint notice: ${describeMessage(m)}`);
    expect(report.errors.map(describeMessage)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
