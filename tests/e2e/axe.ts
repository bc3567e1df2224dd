import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { repoDir } from '../../scripts/generate/shared-path';

const axeScript = path.join(repoDir, 'node_modules', 'axe-core', 'axe.min.js');
let axeSource: string | undefined;

/** Runs axe in `page` over the whole document, or over `selector` and everything in its (open) shadow tree. */
export async function axe(page: Page, selector?: string): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, not added as a <script>: the extension pages' CSP (script-src 'self')
  // refuses inline scripts, and the protocol's evaluation is not subject to it.
  axeSource ??= await readFile(axeScript, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (scope) => {
    const api = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    return api.run(scope ? { include: [[scope]] } : document, { resultTypes: ['violations'] });
  }, selector ?? null);
}

/** Prints every violation and returns the serious and critical ones, as "rule-id: target" lines. */
export function blocking(where: string, results: AxeResults): string[] {
  const describe = (v: Result) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  for (const v of results.violations) console.log(`axe ${where}: ${describe(v)}`);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
}
