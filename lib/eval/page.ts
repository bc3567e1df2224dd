import { readPage } from '../sites';
import type { DetectionEngine } from '../verdict/engine';
import type { PhotoEvidence } from '../verdict/judge';
import { judgePage } from '../verdict/page-verdict';
import type { PageCase } from './cases';

/** File access for page cases, given by the command line (Node) so this module stays pure. */
export interface PageLoader {
  /** Parses the saved page at `path` (relative to baseDir) as if it were served at `url`. */
  loadDocument(path: string, baseDir: string, url: URL): Promise<ParentNode>;
  /** Hashes the image at `path` and matches it against the leaders' photos. */
  photoEvidence?(path: string, baseDir: string, engine: DetectionEngine): Promise<PhotoEvidence | undefined>;
}

export async function evaluatePage(c: PageCase, engine: DetectionEngine, ctx: { baseDir: string; pages?: PageLoader }) {
  if (!ctx.pages) throw new Error('page cases need the command line (no HTML parser here)');
  const url = new URL(c.url);
  const root = await ctx.pages.loadDocument(c.html, ctx.baseDir, url);
  const reading = readPage(root, url);
  if (!reading) return { site: null, layout: 'unknown', subjectName: null, level: 'none', leaderId: null };
  const photo = c.avatar && ctx.pages.photoEvidence ? await ctx.pages.photoEvidence(c.avatar, ctx.baseDir, engine) : undefined;
  const { verdict, sender } = judgePage(engine, reading, photo);
  return {
    site: reading.site,
    layout: reading.layout,
    subjectName: reading.subject?.name ?? sender?.identity.name ?? null,
    level: verdict.level,
    leaderId: verdict.leader?.id ?? null,
  };
}
