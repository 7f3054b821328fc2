// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatJsonLine, formatPlain, metaLine, wrap } from '../../../src/cli/format.ts';
import type { CleanResult } from '../../../src/core/types.ts';

function result(overrides: Partial<CleanResult> = {}): CleanResult {
  return {
    url: 'https://agg.example/story/1',
    detected: true,
    autoClean: true,
    kind: 'aggregator',
    reasons: ['headline + source/time + related list'],
    title: 'Ports reopen after storm',
    source: 'The Guardian',
    byline: 'Jane Roe',
    published: '2 days ago',
    readingMinutes: 4,
    language: 'en',
    text: 'First paragraph.\n\nSecond paragraph.',
    html: '<p>First paragraph.</p><p>Second paragraph.</p>',
    related: [
      {
        title: 'Shipping costs rise',
        url: 'https://agg.example/story/2',
        source: 'Reuters',
        published: '24 minutes ago',
        text: 'Story one.\n\nStory two.',
      },
    ],
    removed: { promo: 2, duplicates: 1, log: [{ stage: 'promo', reason: 'newsletter-insert', group: 'promo', text: 'Sign up to X' }] },
    ...overrides,
  };
}

describe('JSON output', () => {
  it('has exactly the documented fields, in order, on one line', () => {
    const line = formatJsonLine('page.html', result());
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    const record = JSON.parse(line);
    expect(Object.keys(record)).toEqual([
      'input', 'url', 'detected', 'autoClean', 'kind', 'reasons', 'title', 'source', 'byline',
      'published', 'readingMinutes', 'language', 'text', 'html', 'related', 'removed',
    ]);
    expect(Object.keys(record.related[0])).toEqual(['title', 'url', 'source', 'published', 'text']);
    expect(Object.keys(record.removed)).toEqual(['promo', 'duplicates', 'log']);
    expect(Object.keys(record.removed.log[0])).toEqual(['stage', 'reason', 'group', 'text']);
    expect(record).toMatchObject({ input: 'page.html', kind: 'aggregator', readingMinutes: 4, text: 'First paragraph.\n\nSecond paragraph.' });
  });

  it('keeps the reasons for every page, detected or not (the README documents them)', () => {
    expect(JSON.parse(formatJsonLine('x', result())).reasons).toEqual(['headline + source/time + related list']);
    const refused = JSON.parse(formatJsonLine('shop.html', result({ detected: false, autoClean: false, kind: null, reasons: ['not a news article: shop page'] })));
    expect(refused).toMatchObject({ detected: false, autoClean: false, reasons: ['not a news article: shop page'] });
  });
});

describe('plain output', () => {
  it('prints title, meta line, paragraphs, then related stories', () => {
    const out = formatPlain('page.html', result());
    expect(out).toBe(
      [
        'Ports reopen after storm',
        'The Guardian · Jane Roe · 2 days ago · 4 min read',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
        '',
        'Related stories',
        '===============',
        '',
        '1. Shipping costs rise',
        '    Reuters · 24 minutes ago',
        '    https://agg.example/story/2',
        '',
        '    Story one.',
        '',
        '    Story two.',
        '',
      ].join('\n'),
    );
  });

  it('says when a page is not a news article', () => {
    const out = formatPlain('shop.html', result({ detected: false, kind: null, reasons: ['product listing'] }));
    expect(out).toBe('shop.html: not a news article (product listing)\n');
  });

  it('leaves unknown metadata out of the meta line', () => {
    expect(metaLine({ source: 'BBC', byline: '', published: '', readingMinutes: 0 })).toBe('BBC');
    expect(metaLine({ source: '', byline: '', published: '5 May', readingMinutes: 2 })).toBe('5 May · 2 min read');
  });

  it('wraps text to the width with an indent', () => {
    expect(wrap('aa bb cc dd', 9, '  ')).toBe('  aa bb\n  cc dd');
    expect(wrap('averyveryverylongword x', 8)).toBe('averyveryverylongword\nx');
  });
});
