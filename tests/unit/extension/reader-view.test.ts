import { describe, expect, it } from 'vitest';
import type { CleanResult, RemovalGroup } from '../../../src/core/types.ts';
import { displayTime, paragraphs, plainTextOf, removalSummary, safeHttpUrl } from '../../../src/reader/format.ts';
import { renderReaderView } from '../../../src/reader/render.ts';

function result(over: Partial<CleanResult> = {}): CleanResult {
  return {
    url: 'https://digest.example/news/1',
    detected: true,
    autoClean: true,
    kind: 'aggregator',
    reasons: [],
    title: 'Harbour council backs bridge repair',
    source: 'Riverside Chronicle',
    byline: 'Maria Okafor',
    published: '2 days ago',
    readingMinutes: 3,
    language: 'en',
    text: 'First paragraph.\n\nSecond paragraph.',
    html: '<p>First paragraph.</p><p>Second paragraph.</p>',
    related: [],
    removed: { promo: 0, duplicates: 0, log: [] },
    ...over,
  };
}

describe('reader wording', () => {
  it('summarises removals with the right plurals, counting only promo and repeats', () => {
    const entry = (group: RemovalGroup, reason = group === 'promo' ? 'newsletter-insert' : 'x') => ({ stage: 'promo' as const, reason, group, text: 'Sign up' });
    const times = (n: number, group: RemovalGroup) => Array.from({ length: n }, () => entry(group));
    expect(removalSummary({ log: [...times(3, 'promo'), ...times(9, 'repeat')] })).toBe('3 promo blocks and 9 repeated passages removed');
    expect(removalSummary({ log: [entry('promo'), entry('repeat'), entry('related'), entry('furniture'), entry('related-text')] })).toBe(
      '1 promo block and 1 repeated passage removed',
    );
    expect(removalSummary({ log: times(2, 'repeat') })).toBe('2 repeated passages removed');
    expect(removalSummary({ log: [entry('furniture'), entry('related')] })).toBe('No promo blocks or repeated passages');
    expect(removalSummary({ log: [] })).toBe('Nothing needed removing');
  });

  it('shows printed times as printed and makes ISO dates readable', () => {
    expect(displayTime('2 days ago')).toEqual({ text: '2 days ago', datetime: null });
    expect(displayTime('2025-08-15T20:10:00Z', 'en-GB')).toEqual({ text: '15 August 2025', datetime: '2025-08-15T20:10:00Z' });
    expect(displayTime('2025-08-15', 'not a tag!!').datetime).toBe('2025-08-15');
    expect(displayTime('')).toEqual({ text: '', datetime: null });
  });

  it('splits paragraphs on blank lines only', () => {
    expect(paragraphs('a\nb\n\n  c  \n \n\nd')).toEqual(['a b', 'c', 'd']);
  });

  it('keeps only http(s) links', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', '', '/relative']) expect(safeHttpUrl(bad)).toBeNull();
  });

  it('copies title, meta, text and address', () => {
    expect(plainTextOf(result())).toBe(
      'Harbour council backs bridge repair\n\nRiverside Chronicle · Maria Okafor · 2 days ago\n\nFirst paragraph.\n\nSecond paragraph.\n\nhttps://digest.example/news/1',
    );
  });

  it('copies related stories only when asked', () => {
    const related = [{ title: 'Ferries run every fifteen minutes', url: 'https://gazette.example/f', source: 'Harbour Gazette', published: '24 minutes ago', text: 'One.\n\nTwo.' }];
    expect(plainTextOf(result({ related }))).not.toContain('Ferries');
    expect(plainTextOf(result({ related }), { related: true })).toBe(
      `${plainTextOf(result())}\n\n---\n\nRelated stories\n\n---\n\nFerries run every fifteen minutes\n\nHarbour Gazette · 24 minutes ago\n\nhttps://gazette.example/f\n\nOne.\n\nTwo.`,
    );
  });
});

describe('renderReaderView', () => {
  it('renders header, removal log, body and related cards', () => {
    const root = document.createElement('div');
    renderReaderView(
      root,
      result({
        removed: { promo: 1, duplicates: 1, log: [{ stage: 'promo', reason: 'newsletter-insert', group: 'promo', text: 'Sign up to This is Europe' }, { stage: 'dedupe', reason: 'repeated-passage', group: 'repeat', text: 'Second paragraph.' }] },
        related: [
          { title: 'Ferries run every fifteen minutes', url: 'https://gazette.example/f', source: 'Harbour Gazette', published: '24 minutes ago', text: 'One.\n\nTwo.' },
          { title: 'No link here', url: '', source: '', published: '', text: '' },
        ],
      }),
    );
    expect(root.querySelector('h1.pp-title')?.textContent).toBe('Harbour council backs bridge repair');
    expect(root.querySelector('.pp-source')?.textContent).toBe('Riverside Chronicle · 2 days ago');
    expect(root.querySelector('.pp-byline')?.textContent).toBe('Maria Okafor · 3 min read');
    expect(root.querySelector('.pp-removed summary')?.textContent).toBe('1 promo block and 1 repeated passage removed');
    expect([...root.querySelectorAll('.pp-log-kind')].map((li) => li.querySelector('.pp-log-reason')?.textContent)).toEqual([
      'Newsletter sign-ups (1)',
      'Repeated passages (1)',
    ]);
    expect([...root.querySelectorAll('.pp-log-entries li')].map((li) => li.textContent)).toEqual(['Sign up to This is Europe', 'Second paragraph.']);
    expect([...root.querySelectorAll('.pp-body p')].map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
    const cards = root.querySelectorAll('.pp-card');
    expect(cards).toHaveLength(2);
    const link = cards[0]!.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('rel'), link.getAttribute('target')]).toEqual(['https://gazette.example/f', 'noopener noreferrer', '_blank']);
    expect(cards[0]!.querySelector('.pp-card-meta')?.textContent).toBe('Harbour Gazette · 24 minutes ago · 1 min read');
    expect(cards[0]!.querySelector('.pp-card-excerpt')?.textContent).toBe('One.');
    expect(cards[0]!.querySelector('summary')?.textContent).toBe('Read the story');
    expect([...cards[0]!.querySelectorAll('.pp-card-text p')].map((p) => p.textContent)).toEqual(['One.', 'Two.']);
    expect(cards[1]!.querySelector('.pp-card-excerpt')).toBeNull();
    expect(cards[1]!.querySelector('a')).toBeNull();
    expect(cards[1]!.querySelector('.pp-card-meta')).toBeNull();
    expect(cards[1]!.querySelector('details')).toBeNull();
  });

  it('shows text fields as text, never as markup', () => {
    const root = document.createElement('div');
    const payload = '<img src=x onerror="top.__pwned=1">';
    renderReaderView(root, result({
      title: payload,
      source: payload,
      byline: payload,
      published: payload,
      reasons: [payload],
      removed: { promo: 1, duplicates: 0, log: [{ stage: 'promo', reason: payload, group: 'promo', text: payload }] },
      related: [{ title: payload, url: 'javascript:top.__pwned=1', source: payload, published: payload, text: payload }],
    }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.pp-title')?.textContent).toBe(payload);
  });

  it('puts the article html through the sanitiser', () => {
    const root = document.createElement('div');
    renderReaderView(root, result({
      html: '<p onclick="top.__pwned=1">Text <a href="javascript:top.__pwned=1">link</a></p><script>top.__pwned=1</script><iframe srcdoc="<script>top.__pwned=1</script>"></iframe><img src="https://img.example/a.jpg" onerror="top.__pwned=1" alt="A">',
    }));
    const body = root.querySelector('.pp-body')!;
    expect(body.querySelectorAll('script, iframe')).toHaveLength(0);
    expect([...body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(body.textContent).toContain('Text link');
  });

  it('falls back to the plain text when there is no html', () => {
    const root = document.createElement('div');
    renderReaderView(root, result({ html: '' }));
    expect([...root.querySelectorAll('.pp-body p')].map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});
