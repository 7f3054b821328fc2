/** Spawns run-case.ts with a hard time limit (see there for why a separate process). */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const RUNNER = resolve(import.meta.dirname, 'run-case.ts');
const TSX = resolve(import.meta.dirname, '../../../node_modules/tsx/dist/cli.mjs');

export interface CaseSummary {
  case: string;
  bytes: number;
  parseMs: number;
  cleanMs: number;
  maxRssMb: number;
  shapeProblems: string[];
  detected: boolean;
  reasons: string[];
  textLength: number;
  paragraphs: number;
  hasArticle: boolean;
  /** The first generated paragraph came out (the story-in-lists case has no article template). */
  hasStory: boolean;
  htmlLength: number;
}

/** Resolves with the case summary, or rejects with a clear message on timeout or crash. */
export function runCase(name: string, options: { force?: boolean; limitMs: number; heapMb?: number }): Promise<CaseSummary> {
  const args = [`--max-old-space-size=${options.heapMb ?? 4096}`, TSX, RUNNER, name, ...(options.force ? ['--force'] : [])];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${name}${options.force ? ' --force' : ''}: did not finish within ${options.limitMs / 1000} s (killed)`));
    }, options.limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return fail(new Error(`${name}: runner exited ${code}: ${stderr.slice(-800)}`));
      try {
        done(JSON.parse(stdout.trim().split('\n').pop() ?? '') as CaseSummary);
      } catch {
        fail(new Error(`${name}: no summary on stdout: ${stdout.slice(-300)} ${stderr.slice(-300)}`));
      }
    });
  });
}
