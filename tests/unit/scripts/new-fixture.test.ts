// @vitest-environment node
/**
 * The pure parts of `npm run new-fixture` (scripts/new-fixture.ts) and of the fixtures'
 * `paragraphs` expectation it drafts (tests/fixtures/paragraphs.ts): argument handling, the
 * draft built from a CleanResult, the printed report, and what a paragraph and a match are.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/index.ts';
import type { CleanResult, RelatedStory } from '../../../src/core/types.ts';
import { alignParagraphs, firstWords, paragraphsOf, paragraphStarts, startsWithWords, UNEXPECTED } from '../../fixtures/paragraphs.ts';
import { CHECK_REMINDER, draftExpected, formatReport, parseFixtureArgs, UsageError } from '../../../scripts/new-fixture.ts';

function result(overrides: Partial<CleanResult> = {}): CleanResult {
  return {
    url: 'https://news.example/a',
    detected: true,
    autoClean: true,
    kind: 'article',
    reasons: ['og:type article'],
    title: 'Bridge reopens',
    source: 'Valley Herald',
    byline: '',
    published: '2 May 2025',
    readingMinutes: 1,
    language: 'en-GB',
    text: 'The bridge reopened on Monday after a year of repairs.\n\nDrivers had faced a five-mile diversion.',
    html: '<p>…</p>',
    related: [],
    removed: { promo: 1, duplicates: 0, log: [{ stage: 'promo', reason: 'share-bar', group: 'promo', text: 'Share Save' }] },
    ...overrides,
  };
}

const story = (overrides: Partial<RelatedStory> = {}): RelatedStory => ({
  title: 'Footbridge stays',
  url: 'https://news.example/b',
  source: 'Gazette',
  published: '1 hour ago',
  text: '',
  ...overrides,
});

describe('paragraphsOf', () => {
  it('splits at blank lines (spaces allowed on them), collapses whitespace and drops empty blocks', () => {
    expect(paragraphsOf('One\n  two.\n\nThree.\n \t\nFour.\n\n\n\n')).toEqual(['One two.', 'Three.', 'Four.']);
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf('  \n\n  ')).toEqual([]);
  });
});

describe('startsWithWords', () => {
  it('matches whole words at the start only', () => {
    expect(startsWithWords('Russia has announced restrictions', 'Russia has')).toBe(true);
    expect(startsWithWords('Russia hasn’t announced', 'Russia has')).toBe(false);
    expect(startsWithWords('Yes.', 'Yes.')).toBe(true);
    expect(startsWithWords('It said  "yes"\nloudly', 'It said "yes"')).toBe(true);
    expect(startsWithWords('Anything', '')).toBe(false);
    expect(startsWithWords('Short', 'Short but longer')).toBe(false);
  });
});

describe('paragraphStarts', () => {
  it('takes six words, or the whole of a shorter paragraph', () => {
    expect(paragraphStarts(['one two three four five six seven eight', 'Why now?'])).toEqual(['one two three four five six', 'Why now?']);
    expect(paragraphStarts(['a b c d e f g h'], 3)).toEqual(['a b c']);
  });

  it('lengthens a start until no other paragraph begins with it', () => {
    const paragraphs = ['The council said it would review the scheme.', 'The council said it would not.'];
    expect(paragraphStarts(paragraphs, 3)).toEqual(['The council said it would review', 'The council said it would not.']);
  });

  it('leaves word-for-word repeats as they are (nothing tells them apart)', () => {
    expect(paragraphStarts(['Yes.', 'Who?', 'Yes.'])).toEqual(['Yes.', 'Who?', 'Yes.']);
  });

  it('keeps a paragraph that is the start of another whole', () => {
    expect(paragraphStarts(['Really?', 'Really? Yes, really, every single time.'], 1)).toEqual(['Really?', 'Really? Yes,']);
  });
});

describe('alignParagraphs', () => {
  const expected = ['First paragraph', 'Second one', 'Third'];

  it('equals the expected list exactly when every paragraph starts with its entry, in order', () => {
    const actual = ['First paragraph of the story.', 'Second one goes on.', 'Third and last.'];
    expect(alignParagraphs(actual, expected)).toEqual(expected);
  });

  it('shows a leaked paragraph where it is, by its first words', () => {
    const actual = ['First paragraph here.', 'Sign up to our newsletter for the best stories every Friday morning', 'Second one here.', 'Third one.'];
    expect(alignParagraphs(actual, expected)).toEqual(['First paragraph', `${UNEXPECTED}Sign up to our newsletter for the best…`, 'Second one', 'Third']);
  });

  it('leaves out a lost paragraph (a shorter list) and flags paragraphs out of order or repeated', () => {
    expect(alignParagraphs(['First paragraph here.', 'Third one.'], expected)).toEqual(['First paragraph', 'Third']);
    const shuffled = alignParagraphs(['First paragraph here.', 'Third one.', 'Second one here.', 'Third one.'], expected);
    expect(shuffled).not.toEqual(expected);
    expect(shuffled.filter((s) => s.startsWith(UNEXPECTED))).toHaveLength(2);
  });

  it('does not take a paragraph that only shares a word prefix for its entry', () => {
    expect(alignParagraphs(['Thirdly, a new point.'], ['Third'])).toEqual([`${UNEXPECTED}Thirdly, a new point.…`]);
  });

  it('firstWords gives the first n words, whitespace collapsed', () => {
    expect(firstWords('  a\nb   c d ', 2)).toBe('a b');
  });
});

describe('parseFixtureArgs', () => {
  it('reads the name, the page and the options in any order', () => {
    expect(parseFixtureArgs(['article--paywall-teaser', 'page.html'])).toEqual({ name: 'article--paywall-teaser', input: 'page.html', url: null, dryRun: false });
    expect(parseFixtureArgs(['--url', 'https://news.example/a', 'related--x2', 'https://news.example/a', '--dry-run'])).toEqual({
      name: 'related--x2',
      input: 'https://news.example/a',
      url: 'https://news.example/a',
      dryRun: true,
    });
    expect(parseFixtureArgs(['aggregator--a-b-c', 'p.html.gz', '--url=http://news.example/'])).toMatchObject({ url: 'http://news.example/' });
  });

  it('returns help for -h / --help, whatever else is there', () => {
    expect(parseFixtureArgs(['--help'])).toBe('help');
    expect(parseFixtureArgs(['x--y', '-h'])).toBe('help');
  });

  it('refuses a wrong count of arguments', () => {
    expect(() => parseFixtureArgs([])).toThrow(UsageError);
    expect(() => parseFixtureArgs(['article--a'])).toThrow(/got 1 argument/);
    expect(() => parseFixtureArgs(['article--a', 'a.html', 'b.html'])).toThrow(/got 3 argument/);
  });

  it('refuses a folder name that is not <category>--<slug> in lower case', () => {
    for (const name of ['article-paywall', 'Article--paywall', 'article--', 'article--pay--wall', 'article--pay_wall', 'article--pay-', '../x--y', 'a/b--c']) {
      expect(() => parseFixtureArgs([name, 'page.html']), name).toThrow(/bad fixture name/);
    }
  });

  it('refuses a --url that is not an absolute http(s) URL, an unknown option and a --url without value', () => {
    expect(() => parseFixtureArgs(['a--b', 'p.html', '--url', 'file:///tmp/p.html'])).toThrow(/absolute http\(s\) URL/);
    expect(() => parseFixtureArgs(['a--b', 'p.html', '--url', '/relative'])).toThrow(/absolute http\(s\) URL/);
    expect(() => parseFixtureArgs(['a--b', 'p.html', '--force'])).toThrow(UsageError);
    expect(() => parseFixtureArgs(['--paywall', 'p.html'])).toThrow(/Unknown option/);
    expect(() => parseFixtureArgs(['a--b', 'p.html', '--url'])).toThrow(UsageError);
  });
});

describe('draftExpected', () => {
  it('states every field of a detected page, empty ones too, and its paragraphs', () => {
    const draft = draftExpected(result());
    expect(draft).toEqual({
      detected: true,
      autoClean: true,
      kind: 'article',
      title: 'Bridge reopens',
      source: 'Valley Herald',
      byline: '',
      published: '2 May 2025',
      language: 'en-GB',
      paragraphs: ['The bridge reopened on Monday after', 'Drivers had faced a five-mile diversion.'],
      relatedCount: 0,
    });
    // The harness's key order: the fields, then paragraphs, then the related stories.
    expect(Object.keys(draft)).toEqual(['detected', 'autoClean', 'kind', 'title', 'source', 'byline', 'published', 'language', 'paragraphs', 'relatedCount']);
  });

  it('gives each related story its title, url, source, time and paragraphs ([] when it has no text)', () => {
    const draft = draftExpected(result({ related: [story({ text: 'It stays until December, the council said.\n\nIt cost £80,000.' }), story({ title: 'Second', url: '' })] }));
    expect(draft.relatedCount).toBe(2);
    expect(draft.related).toEqual([
      { title: 'Footbridge stays', url: 'https://news.example/b', source: 'Gazette', published: '1 hour ago', paragraphs: ['It stays until December, the council', 'It cost £80,000.'] },
      { title: 'Second', url: '', source: 'Gazette', published: '1 hour ago', paragraphs: [] },
    ]);
  });

  it('gives a page not detected its detection and related count only', () => {
    expect(draftExpected(result({ detected: false, autoClean: false, kind: null, text: '', title: 'Shop' }))).toEqual({ detected: false, autoClean: false, kind: null, relatedCount: 0 });
  });

  it('drafts paragraphs that the harness check accepts for the same result', () => {
    const url = 'https://news.example/2025/05/02/bridge';
    const html = `<html lang="en"><head><title>Bridge reopens | Valley Herald</title><meta property="og:type" content="article"></head><body>
      <article><h1>Bridge reopens</h1><p class="byline">By Ann Lee</p>
      <p>The swing bridge reopened to traffic on Monday after a year of repairs to its deck and its turning gear.</p>
      <p>Drivers had faced a diversion of five miles while it was shut, and buses had been rerouted through the town centre.</p>
      <p>The council said the final cost of the repairs was £6.2m, of which £2.4m came from a heritage grant.</p></article></body></html>`;
    const cleaned = cleanDocument(new JSDOM(html, { url }).window.document, url);
    const draft = draftExpected(cleaned);
    expect(draft.detected).toBe(true);
    expect(draft.paragraphs).toHaveLength(3);
    expect(alignParagraphs(paragraphsOf(cleaned.text), draft.paragraphs!)).toEqual(draft.paragraphs);
  });
});

describe('formatReport', () => {
  const report = formatReport(
    'article--bridge',
    'https://news.example/a',
    result({ related: [story({ text: 'It stays until December.\n\nIt cost £80,000.' }), story({ title: '', url: '', source: '', published: '' })] }),
  );

  it('names the fixture and the URL, and prints each field, an empty one as (empty)', () => {
    expect(report).toMatch(/^== article--bridge: what Plainpage makes of https:\/\/news\.example\/a\n/);
    expect(report).toContain('title      Bridge reopens\n');
    expect(report).toContain('byline     (empty)\n');
    expect(report).toContain('published  2 May 2025\n');
    expect(report).toContain('reasons    og:type article\n');
  });

  it('prints every paragraph of the text, numbered, whole', () => {
    expect(report).toContain('TEXT: 2 paragraph(s)\n  1. The bridge reopened on Monday after a year of repairs.\n  2. Drivers had faced a five-mile diversion.\n');
  });

  it('prints each related story with its fields and paragraphs, a missing title and link said so', () => {
    expect(report).toContain('RELATED: 2 stories\n  [1] Footbridge stays\n      source: Gazette · published: 1 hour ago\n      url: https://news.example/b\n      text: 2 paragraph(s)\n      1. It stays until December.\n      2. It cost £80,000.\n');
    expect(report).toContain('  [2] (untitled)\n      source: (empty) · published: (empty)\n      url: (empty: no safe link)\n      text: 0 paragraph(s)\n');
  });

  it('prints the removal counts and log', () => {
    expect(report).toContain('REMOVED: promo 1, duplicates 0; 1 log entry\n  promo        promo/share-bar: Share Save\n');
  });

  it('wraps a long paragraph under its number', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = formatReport('a--b', 'https://news.example/', result({ text: long })).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  1. word0 '));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/^ {5}word\d+/);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
  });

  it('the reminder tells the reader to check the draft and where known leaks go', () => {
    expect(CHECK_REMINDER).toMatch(/CHECK THE DRAFT BEFORE COMMITTING/);
    expect(CHECK_REMINDER).toContain('KNOWN_LEAKS');
  });
});
