/**
 * The article-extraction-benchmark data (181 pages with human ground truth),
 * kept outside the repo: `../shared/eval/article-extraction-benchmark` from the
 * repo root, or `$PLAINPAGE_BENCH_DIR`. Never copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_DIR = resolve(REPO_ROOT, '../shared/eval/article-extraction-benchmark');

export interface BenchPage {
  id: string;
  /** Absolute path of `html/<id>.html.gz`. */
  path: string;
  /** The page's URL from ground-truth.json ('' when upstream has none). */
  url: string;
  /** Human-extracted article body. */
  truth: string;
}

export function benchDir(): string {
  return resolve(process.env.PLAINPAGE_BENCH_DIR || DEFAULT_DIR);
}

/** The pages, sorted by id, or null (after printing why) when the data is not there. */
export function loadPagesOrSkip(): BenchPage[] | null {
  const dir = benchDir();
  const truthPath = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(truthPath) || !existsSync(htmlDir)) {
    console.log(`skipped: benchmark data not found at ${dir}`);
    return null;
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = new Set(readdirSync(htmlDir));
  const pages: BenchPage[] = [];
  const missing: string[] = [];
  for (const id of Object.keys(truth).sort()) {
    const file = `${id}.html.gz`;
    if (!files.has(file)) {
      missing.push(id);
      continue;
    }
    pages.push({ id, path: join(htmlDir, file), url: truth[id]?.url ?? '', truth: truth[id]?.articleBody ?? '' });
  }
  if (missing.length) console.log(`note: ${missing.length} ground-truth ids have no html file; they are left out`);
  const limit = Number(process.env.PLAINPAGE_BENCH_LIMIT);
  return limit > 0 ? pages.slice(0, limit) : pages;
}
