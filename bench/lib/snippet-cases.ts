/**
 * The real-page corpus with human snippets (trafilatura's evaluation data: 990 pages, see its
 * NOTICE), kept outside the repo: `../shared/eval/trafilatura-eval` from the repo root, or
 * `$PLAINPAGE_PAGES_DIR`. Never copied into the repo.
 *
 * Metric (trafilatura tests/eval_common.py): whitespace normalised, then a case-sensitive
 * substring test of each snippet in the extracted text; counts pooled over all pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './dataset.ts';

const DEFAULT_DIR = resolve(REPO_ROOT, '../shared/eval/trafilatura-eval');

export interface SnippetCase {
  id: string;
  /** Absolute path of `html/<id>.html.gz`. */
  path: string;
  /** The page's address, or '' when the corpus gives none. */
  url: string;
  /** Snippets of the main content: each must be in the extraction. */
  with: string[];
  /** Snippets of boilerplate: each must not be. */
  without: string[];
}

export function pagesDir(): string {
  return resolve(process.env.PLAINPAGE_PAGES_DIR || DEFAULT_DIR);
}

/** The cases, sorted by id, or null (after printing why) when the data is not there. */
export function loadCasesOrSkip(): SnippetCase[] | null {
  const dir = pagesDir();
  const casesPath = join(dir, 'cases.json');
  if (!existsSync(casesPath)) {
    console.log(`skipped: real-page corpus not found at ${dir} (expected cases.json and html/)`);
    return null;
  }
  const raw = JSON.parse(readFileSync(casesPath, 'utf8')) as Record<string, { file: string; url?: string; with?: string[]; without?: string[] }>;
  const cases: SnippetCase[] = [];
  let missing = 0;
  for (const id of Object.keys(raw).sort()) {
    const c = raw[id]!;
    const path = join(dir, c.file);
    if (!existsSync(path)) {
      missing++;
      continue;
    }
    // Some cases name their file ("hard::x.html"), not an address: the page's canonical link is used then.
    const url = /^https?:\/\//i.test(c.url ?? '') ? c.url! : '';
    cases.push({ id, path, url, with: c.with ?? [], without: c.without ?? [] });
  }
  if (missing) console.log(`note: ${missing} cases have no html file; they are left out`);
  return cases;
}

const WS = /\s+/g;

/** Whitespace normalised as trafilatura's evaluation does (runs of whitespace to one space, trimmed). */
export function normaliseSpace(text: string): string {
  return text.replace(WS, ' ').trim();
}

export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** `with` snippets not found. */
  missed: string[];
  /** `without` snippets found. */
  leaked: string[];
}

export function scoreSnippets(c: SnippetCase, extracted: string): SnippetScore {
  const text = normaliseSpace(extracted);
  const score: SnippetScore = { tp: 0, fn: 0, fp: 0, tn: 0, missed: [], leaked: [] };
  for (const s of c.with) {
    if (text.includes(normaliseSpace(s))) score.tp++;
    else {
      score.fn++;
      score.missed.push(s);
    }
  }
  for (const s of c.without) {
    if (text.includes(normaliseSpace(s))) {
      score.fp++;
      score.leaked.push(s);
    } else score.tn++;
  }
  return score;
}

export interface PooledScores {
  pages: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** Share of `with` snippets kept (recall). */
  kept: number;
  /** Share of `without` snippets removed. */
  removed: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function pool(scores: readonly SnippetScore[]): PooledScores {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const s of scores) {
    tp += s.tp;
    fn += s.fn;
    fp += s.fp;
    tn += s.tn;
  }
  const all = tp + fn + fp + tn;
  return {
    pages: scores.length,
    tp,
    fn,
    fp,
    tn,
    kept: tp + fn ? tp / (tp + fn) : NaN,
    removed: fp + tn ? tn / (fp + tn) : NaN,
    precision: tp + fp ? tp / (tp + fp) : NaN,
    recall: tp + fn ? tp / (tp + fn) : NaN,
    f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0,
    accuracy: all ? (tp + tn) / all : NaN,
  };
}
