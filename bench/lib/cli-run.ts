/**
 * Plainpage as users and the issues run it: through its CLI, many files per call
 * (`bin/plainpage.js clean --json --url-map <map> <files…>`), the url map giving each
 * page its real address. Optionally split over several CLI processes run at once.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHtml } from '../../src/cli/decode.ts';
import type { JsonRecord } from '../../src/cli/format.ts';
import { loadPage } from '../../src/cli/load-page.ts';
import { readInput } from '../../src/cli/read-input.ts';
import { REPO_ROOT } from './dataset.ts';
import { readabilityText } from './readability-baseline.ts';

export interface CliPage {
  path: string;
  url: string;
}

export interface CliRun {
  records: Map<string, JsonRecord>;
  errors: string[];
  seconds: number;
  exitCode: number;
}

function runOne(pages: readonly CliPage[]): Promise<Omit<CliRun, 'seconds'>> {
  const tmp = mkdtempSync(join(tmpdir(), 'plainpage-bench-'));
  const mapPath = join(tmp, 'url-map.json');
  writeFileSync(mapPath, JSON.stringify(Object.fromEntries(pages.filter((p) => p.url).map((p) => [p.path, p.url]))));
  const args = [join(REPO_ROOT, 'bin/plainpage.js'), 'clean', '--json', '--url-map', mapPath, ...pages.map((p) => p.path)];
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT, maxBuffer: 2 * 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(tmp, { recursive: true, force: true });
      const exitCode = error ? Number((error as { code?: number }).code ?? 1) : 0;
      if (error && !stdout) return fail(new Error(`plainpage CLI failed (exit ${exitCode}): ${stderr.slice(0, 2000)}`));
      const records = new Map<string, JsonRecord>();
      for (const line of stdout.split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as JsonRecord;
        records.set(record.input, record);
      }
      done({ records, errors: stderr.split('\n').filter(Boolean), exitCode });
    });
  });
}

/** Run the CLI over `pages` in `processes` concurrent calls (contiguous slices, order kept). */
export async function runCli(pages: readonly CliPage[], processes = 1): Promise<CliRun> {
  const started = performance.now();
  const size = Math.ceil(pages.length / Math.max(1, processes));
  const slices: CliPage[][] = [];
  for (let i = 0; i < pages.length; i += size) slices.push(pages.slice(i, i + size));
  const runs = await Promise.all(slices.map(runOne));
  const records = new Map<string, JsonRecord>();
  for (const r of runs) for (const [k, v] of r.records) records.set(k, v);
  return {
    records,
    errors: runs.flatMap((r) => r.errors),
    seconds: (performance.now() - started) / 1000,
    exitCode: Math.max(0, ...runs.map((r) => r.exitCode)),
  };
}

/**
 * Plain Readability in-process on the same bytes, decoded and parsed by the same CLI
 * functions at the same URL, content through DOMPurify, text block by block with the
 * function Plainpage's own `text` uses.
 */
export async function readabilityPrediction(page: CliPage): Promise<{ text: string; error: string | null }> {
  let loaded;
  try {
    const raw = await readInput(page.path);
    loaded = loadPage(decodeHtml(raw.bytes, raw.contentType), raw.location, page.url || null);
    return { text: readabilityText(loaded.document), error: null };
  } catch (error) {
    return { text: '', error: (error as Error).message };
  } finally {
    loaded?.dom.window.close();
  }
}
