// @vitest-environment node
/**
 * The benchmark metric on inputs small enough to work out by hand. The
 * tokenizer cases were checked against CPython's `re.findall(r'\w+', s,
 * re.UNICODE | re.IGNORECASE)`.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, exactMatch, precisionScore, recallScore, scorePage, shingleMatching, tokenize } from '../../../bench/lib/metric.ts';

describe('tokenize (Python \\w+)', () => {
  it('splits like CPython, keeping case, numbers and underscores; combining marks break tokens', () => {
    expect(tokenize('don’t stop—now_ok 3.14 Привет नमस्ते ½ Ⅻ café')).toEqual([
      'don', 't', 'stop', 'now_ok', '3', '14', 'Привет', 'नमस', 'त', '½', 'Ⅻ', 'café',
    ]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('shingleMatching', () => {
  it('counts 4-token shingles and normalises by their sum', () => {
    // truth shingles {abcd, bcde}; prediction {abcd}: tp 1, fp 0, fn 1
    expect(shingleMatching('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
  });

  it('counts shingles as a multiset', () => {
    // truth: abcd ×2, bcda, cdab, dabc; prediction: abcd ×1 → tp 1, fn 4
    const result = shingleMatching('a b c d a b c d', 'a b c d');
    expect(result[0]).toBeCloseTo(0.2, 12);
    expect(result[1]).toBe(0);
    expect(result[2]).toBeCloseTo(0.8, 12);
  });

  it('makes one short shingle of a 1–3 token text, none of an empty one', () => {
    expect(shingleMatching('x y', 'x y')).toEqual([1, 0, 0]);
    expect(shingleMatching('x y', 'x y z')).toEqual([0, 0.5, 0.5]);
    expect(shingleMatching('', '')).toEqual([0, 0, 0]);
  });

  it('is case-sensitive, as upstream (IGNORECASE does not lowercase findall results)', () => {
    expect(shingleMatching('Hello world foo bar', 'hello world foo bar')).toEqual([0, 0.5, 0.5]);
  });
});

describe('scores', () => {
  it('handles the upstream edge cases', () => {
    expect(precisionScore([0, 0, 0])).toBe(1);
    expect(recallScore([0, 0, 0])).toBe(1);
    expect(precisionScore([0, 0, 1])).toBe(0);
    expect(recallScore([0, 1, 0])).toBe(0);
    expect(precisionScore([0.25, 0.5, 0.25])).toBeCloseTo(1 / 3, 12);
    expect(recallScore([0.25, 0.5, 0.25])).toBeCloseTo(0.5, 12);
  });

  it('averages P and R over the pages where each is defined, F1 from the means, accuracy over all', () => {
    const pages = [
      scorePage('a b c d e', 'a b c d'), // P 1, R 0.5
      scorePage('x y', 'x y'), // P 1, R 1, exact
      scorePage('Hello world foo bar', 'hello world foo bar'), // P 0, R 0
      scorePage('', ''), // in neither mean; exact (both token lists empty)
      scorePage('one two three four', ''), // R 0 only
    ];
    const scores = aggregate(pages);
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBeCloseTo(0.375, 12);
    expect(scores.f1).toBeCloseTo((2 * (2 / 3) * 0.375) / (2 / 3 + 0.375), 12);
    expect(scores.f1).toBeCloseTo(0.48, 12);
    expect(scores.accuracy).toBeCloseTo(0.4, 12);
    expect(scores.pages).toBe(5);
  });

  it('exact match compares token sequences, not whitespace or punctuation', () => {
    expect(exactMatch('A  b,\n\nc!', 'A b c')).toBe(true);
    expect(exactMatch('A b c', 'A c b')).toBe(false);
  });
});
