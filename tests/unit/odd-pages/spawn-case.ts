/** Spawns run-case.ts with a hard time limit (see there for why a separate process). */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const RUNNER = resolve(import.meta.dirname, 'run-case.ts');
/** The repository root: `--import tsx` resolves from here. */
const ROOT = resolve(import.meta.dirname, '../../..');

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

export interface ProcessOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the limit ran out and the process was killed. */
  killed: boolean;
}

/** Runs `node ...args` from the repository root, killing it once `limitMs` have passed. */
export function runProcess(args: readonly string[], limitMs: number): Promise<ProcessOutcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, killed });
    });
  });
}

/** Resolves with the case summary, or rejects with a clear message on timeout or crash. */
export async function runCase(name: string, options: { force?: boolean; limitMs: number; heapMb?: number }): Promise<CaseSummary> {
  // tsx as a loader in ONE process (not the tsx CLI, which forks a child the kill would orphan).
  const args = [`--max-old-space-size=${options.heapMb ?? 4096}`, '--import', 'tsx', RUNNER, name, ...(options.force ? ['--force'] : [])];
  const { code, stdout, stderr, killed } = await runProcess(args, options.limitMs);
  if (killed) throw new Error(`${name}${options.force ? ' --force' : ''}: did not finish within ${options.limitMs / 1000} s (killed)`);
  if (code !== 0) throw new Error(`${name}: runner exited ${code}: ${stderr.slice(-800)}`);
  try {
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as CaseSummary;
  } catch {
    throw new Error(`${name}: no summary on stdout: ${stdout.slice(-300)} ${stderr.slice(-300)}`);
  }
}
