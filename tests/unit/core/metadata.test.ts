import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { DETECT } from '../../../src/core/detect/detect.ts';
import { METADATA } from '../../../src/core/metadata/metadata.ts';
import { isTimestampLine, splitSourceTime } from '../../../src/core/page/source-time.ts';
import { contextFor, page, parse, story, URL } from './helpers.ts';
import { cleanDocument } from '../../../src/core/index.ts';

function meta(html: string, url?: string) {
  const ctx = contextFor(html, url);
  runStage(DETECT, ctx);
  runStage(METADATA, ctx);
  return ctx.meta;
}

describe('splitSourceTime', () => {
  it.each([
    ['The Guardian2 days ago', 'The Guardian', '2 days ago'],
    ['time24 minutes ago', '', '24 minutes ago'],
    ['timean hour ago', '', 'an hour ago'],
    ['Reuters · 3 hours ago', 'Reuters', '3 hours ago'],
    ['BBC News | 15 Aug 2025', 'BBC News', '15 Aug 2025'],
    ['Published: Friday 15 August 2025 09.12 BST', '', 'Friday 15 August 2025 09.12 BST'],
  ])('%s', (line, source, time) => {
    expect(splitSourceTime(line)).toEqual({ source, time });
  });

  it.each(['USA Today', 'The minister said it would happen in two days.', 'Glasgow Times'])('is not a source+time line: %s', (line) => {
    expect(splitSourceTime(line)).toBeNull();
  });
});

describe('metadata', () => {
  it('reads an aggregator headline area: original publisher and time as shown', () => {
    const m = meta(page(`<h1>Council agrees new plan for roads</h1><div>The Guardian2 days ago</div>${story(6)}
      <h2>Related</h2><div><a href="/x">Mayor defends the road plan against critics</a><span>Daily Mail</span><span>an hour ago</span></div>`,
      '<meta property="og:site_name" content="Daily8"><meta property="article:published_time" content="2025-08-14T09:30:00Z">'));
    expect(m.title).toBe('Council agrees new plan for roads');
    expect(m.source).toBe('The Guardian');
    expect(m.published).toBe('2 days ago');
    expect(m.language).toBe('en');
  });

  it('takes an ordinary article source from og:site_name and the date from metadata', () => {
    const m = meta(page(`<article><h1>Council agrees new plan for roads</h1>${story(6)}</article>`,
      '<meta property="og:site_name" content="The Daily Example"><meta property="article:published_time" content="2025-08-14T09:30:00Z">'));
    expect(m.source).toBe('The Daily Example');
    expect(m.published).toBe('2025-08-14T09:30:00Z');
  });

  it('joins JSON-LD authors with ", " and strips a site suffix from the title', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council agrees new plan for roads","author":[{"@type":"Person","name":"Jordan Ellis"},{"@type":"Person","name":"Maria Santos"}],"publisher":{"name":"The Daily Example"}}</script>';
    const m = meta(page(`<div class="x">${story(6)}</div>`, ld));
    expect(m.byline).toBe('Jordan Ellis, Maria Santos');
    expect(m.title).toBe('Council agrees new plan for roads');
  });

  it('reads a printed byline and date, and a "Site - Title" page title', () => {
    const html = `<html lang="en-GB"><head><title>Millbrook Gazette - Bakery marks 100 years on High Street</title></head><body>
      <font size="4"><b>Bakery marks 100 years on High Street</b></font><br><i>by Dorothy Finch, 14 March 2009</i><br><br>${story(5, 'The bakery')}</body></html>`;
    const m = meta(html);
    expect(m.title).toBe('Bakery marks 100 years on High Street');
    expect(m.byline).toBe('Dorothy Finch');
    expect(m.published).toBe('14 March 2009');
    expect(m.language).toBe('en-GB');
  });

  it('never takes a byline from a related card or a comment', () => {
    const m = meta(page(`<h1>Council agrees new plan for roads</h1>${story(6)}
      <h2>Related stories</h2><div><a href="/r">Mayor defends the road plan against critics</a><p class="byline">By Someone Else</p></div>
      <section><h3>Comments</h3><p class="comment-author">By Angry Reader</p></section>`));
    expect(m.byline).toBe('');
  });
});

describe('timestamp lines', () => {
  it.each([
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    'Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Updated at 1:23 p.m.',
    'Nov. 20, 2019 5:52 AM EST',
    '19.11.2019, 08:57',
  ])('%s is a timestamp', (line) => expect(isTimestampLine(line)).toBe(true));

  it.each([
    '9.30 A.M. / 7.00 P.M.',
    'The vote is on Nov 19, 2019.',
    'NASA 2019',
    'May 2019 was the wettest on record',
    'Jan. 6, 2021',
    'Saturday at 3:00 p.m.',
    'Tuesday, June 11, 6:30 p.m.',
    'Mon–Fri: 9.00–17.30',
    'Samstag, 15.30 Uhr',
  ])('%s is not', (line) => expect(isTimestampLine(line)).toBe(false));
});

describe('headline without metadata', () => {
  const body = (headline: string) => `<table><tr><td>${headline}${story(4)}</td></tr></table>`;
  it.each([
    ['an <h2> and no <title>', '<!doctype html><html><body>', '<h2>Harbour bridge reopens after repairs</h2>'],
    ['a bold line and a generic <title>', '<!doctype html><html><head><title>Untitled Document</title></head><body>', '<p><b>Harbour bridge reopens after repairs</b></p>'],
  ])('takes the title from the headline printed above the story: %s', (_name, head, headline) => {
    const r = cleanDocument(parse(`${head}${body(headline)}</body></html>`), URL);
    expect(r.title).toBe('Harbour bridge reopens after repairs');
    expect(r.text).not.toContain('Harbour bridge reopens after repairs');
    expect(r.text).toContain('The council met on day 1');
  });

  it('does not take a sentence or a link above the story for the headline', () => {
    const r = cleanDocument(parse(`<!doctype html><html><body><table><tr><td><p><b>Please note: the office is closed on Monday.</b></p>${story(4)}</td></tr></table></body></html>`), URL);
    expect(r.title).not.toContain('Please note');
  });
});
