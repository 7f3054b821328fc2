// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longestUnmatched } from '../../../bench/lib/diff-snippet.ts';

describe('longestUnmatched', () => {
  const truth = 'The council met on Tuesday to discuss the ferry timetable for the island and its residents';

  it('shows the longest run the other text lacks', () => {
    const prediction = 'The council met on Tuesday to discuss the ferry';
    expect(longestUnmatched(truth, prediction)).toBe('discuss the ferry timetable for the island and its residents');
    expect(longestUnmatched(prediction, truth)).toBe('');
  });

  it('counts repeats: a passage printed twice shows up as extra once', () => {
    const doubled = `${truth} ${truth}`;
    // 16 tokens → 13 shingles, all used by the first copy; the unmatched run starts at token 13
    // ("and"), since shingles across the seam are not in the truth either.
    expect(longestUnmatched(doubled, truth)).toBe(`and its residents ${truth}`);
    expect(longestUnmatched(truth, doubled)).toBe('');
  });

  it('cuts long snippets', () => {
    expect(longestUnmatched(truth, '', 20)).toBe('The council met on …');
  });
});
