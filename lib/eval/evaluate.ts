import type { LeaderDirectory } from '../directory/schema';
import { describeIssues } from '../directory/parse';
import { analyzeMessage } from '../money';
import { LOOKALIKE_NAME_THRESHOLD } from '../names';
import { createDetectionEngine, type DetectionEngine } from '../verdict/engine';
import { judgeConversation } from '../verdict/judge';
import { evalCaseSchema, type EvalCase } from './cases';
import { evaluatePage, type PageLoader } from './page';

/**
 * How eval reaches files. Pure code here; the command line passes Node's file reading and an HTML parser.
 * Without them, page and avatar cases answer an error line and the run goes on.
 */
export interface EvalContext {
  directory: LeaderDirectory;
  /** Folder of the cases file: `html` and `avatar` paths are relative to it. */
  baseDir: string;
  pages?: PageLoader;
}

export type EvalResult = Record<string, unknown>;

/** One result per line, in order. A line that cannot be read or evaluated gets `{"id":...,"error":"..."}`. */
export async function evaluateCases(lines: readonly string[], ctx: EvalContext): Promise<EvalResult[]> {
  const engine = createDetectionEngine([ctx.directory]);
  const results: EvalResult[] = [];
  for (const line of lines) results.push(await evaluateLine(line, engine, ctx));
  return results;
}

export async function evaluateLine(line: string, engine: DetectionEngine, ctx: EvalContext): Promise<EvalResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not JSON: ${(error as Error).message}` };
  }
  const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : null;
  const parsed = evalCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const [first] = describeIssues(parsed.error);
    return { id: rawId ?? null, error: `bad case: ${first?.path}: ${first?.message}` };
  }
  try {
    return await evaluateCase(parsed.data, engine, ctx);
  } catch (error) {
    return { id: parsed.data.id, error: (error as Error).message };
  }
}

async function evaluateCase(c: EvalCase, engine: DetectionEngine, ctx: EvalContext): Promise<EvalResult> {
  switch (c.kind) {
    case 'name': {
      const [best] = engine.names.match(c.name, 1);
      const matched = best !== undefined && best.score >= LOOKALIKE_NAME_THRESHOLD;
      return { id: c.id, leaderId: matched ? best.leaderId : null, score: round(best?.score ?? 0) };
    }
    case 'message': {
      const m = analyzeMessage(c.text);
      return { id: c.id, moneyRequest: m.moneyRequest, amounts: m.amounts, accounts: m.accounts.map((a) => a.number) };
    }
    case 'conversation': {
      const photo = c.avatar ? await loadPhotoEvidence(c.avatar, engine, ctx) : undefined;
      const verdict = judgeConversation(engine, { sender: c.sender, messages: c.messages, photo });
      return { id: c.id, level: verdict.level, leaderId: verdict.leader?.id ?? null };
    }
    case 'page':
      return { id: c.id, ...(await evaluatePage(c, engine, ctx)) };
  }
}

async function loadPhotoEvidence(path: string, engine: DetectionEngine, ctx: EvalContext) {
  if (!ctx.pages?.photoEvidence) throw new Error('avatar cases need the command line (no image decoder here)');
  return ctx.pages.photoEvidence(path, ctx.baseDir, engine);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
