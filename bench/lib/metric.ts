/**
 * The article-extraction-benchmark metric, mirrored line by line from upstream
 * evaluate.py (scrapinghub/article-extraction-benchmark, the version with
 * `get_accuracy`, commit 7d95432):
 * - tokens: `re.findall(r'\w+', text)` with re.UNICODE | re.IGNORECASE. Python's
 *   `\w` on str is "alphanumeric (str.isalnum) or underscore": letters and
 *   numbers of any script, not combining marks. IGNORECASE does not lowercase
 *   what findall returns, so tokens keep their case;
 * - shingles: 4-token tuples; a text of 1–3 tokens gives one shorter shingle,
 *   an empty text none (`range(0, max(1, len - n + 1))` and `if shingle`);
 * - per page: multiset tp/fp/fn over shingles, normalised by their sum;
 * - precision = mean over pages with tp+fp > 0, recall = mean over pages with
 *   tp+fn > 0 (fp == fn == 0 scores 1, tp == 0 scores 0); F1 from the two means;
 * - accuracy = mean over all pages of "the token lists are equal".
 */

/** Python's Unicode `\w`: letters (L*), numbers (Nd, Nl, No) and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export type TpFpFn = readonly [tp: number, fp: number, fn: number];

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingle counts; a NUL separator cannot occur inside a `\w` token, so joined keys are unambiguous. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised (tp, fp, fn) of one page, as upstream `string_shingle_matching`. */
export function shingleMatching(truth: string, prediction: string, n = SHINGLE_SIZE): TpFpFn {
  const trueShingles = shingles(truth, n);
  const predShingles = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...trueShingles.keys(), ...predShingles.keys()])) {
    const t = trueShingles.get(key) ?? 0;
    const p = predShingles.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Exact match of the token sequences (upstream `get_accuracy`). */
export function exactMatch(truth: string, prediction: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(prediction);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

function mean(values: readonly number[]): number {
  // statistics.mean raises on an empty list; NaN shows the same "undefined" plainly.
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

export interface PageScore {
  tpFpFn: TpFpFn;
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  return { tpFpFn: shingleMatching(truth, prediction), exact: exactMatch(truth, prediction) };
}

/** Aggregate as upstream `metrics_from_tp_fp_fns` plus the accuracy mean. */
export function aggregate(pages: readonly PageScore[]): Scores {
  const precision = mean(pages.filter(({ tpFpFn: [tp, fp] }) => tp + fp > 0).map((p) => precisionScore(p.tpFpFn)));
  const recall = mean(pages.filter(({ tpFpFn: [tp, , fn] }) => tp + fn > 0).map((p) => recallScore(p.tpFpFn)));
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
    pages: pages.length,
  };
}

/** Per-page F1 for ranking the worst pages (not part of the upstream summary). */
export function pageF1(score: PageScore): number {
  const p = precisionScore(score.tpFpFn);
  const r = recallScore(score.tpFpFn);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
