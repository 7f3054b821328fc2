import { describe, expect, it } from 'vitest';
import { reflow, sentences, splitParagraphs } from '../../../src/core/text-passes/reflow.ts';
import { MAX_PARAGRAPH_WORDS } from '../../../src/core/rules/reflow-rules.ts';
import { cleanDocument } from '../../../src/core/index.ts';
import { URL, page, parse } from './helpers.ts';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const SENTENCE = 'The council met on Tuesday and agreed a plan for the district, with the first works due in May.';

describe('reflow: captions and post attributions run into the prose', () => {
  it('cuts a caption ending with its credit, and an embedded post\'s attribution, keeping the prose in order', () => {
    const text = "They gripped hands for a long time. US President Donald Trump greets Russia's President Vladimir Putin at Joint Base Elmendorf-Richardson, Alaska (Julia Demaree Nikhinson/AP) Uniformed members stood nearby. Great day for America pic.twitter.com/abc123 — Jane Roe (@janeroe) August 15, 2025 The end came at noon.";
    const r = reflow(text);
    expect(r.paragraphs.join(' ')).toBe('They gripped hands for a long time. Uniformed members stood nearby. Great day for America The end came at noon.');
    expect(r.cuts.map((c) => c.reason).sort()).toEqual(['caption-in-text', 'embed-attribution']);
    expect(r.cuts.find((c) => c.reason === 'caption-in-text')?.text).toMatch(/^US President .*\(Julia Demaree Nikhinson\/AP\)$/);
  });

  it('cuts a paragraph that is only a caption with its credit', () => {
    const r = reflow("US President Donald Trump greets Russia's President Vladimir Putin at Joint Base Elmendorf-Richardson, Alaska (Julia Demaree Nikhinson/AP)");
    expect(r.paragraphs).toEqual([]);
    expect(r.cuts).toHaveLength(1);
  });

  it.each([
    'WASHINGTON (Reuters) - The talks went on into the night.',
    'The agency (AP) said the talks went on; others (Reuters, AFP) agreed.',
    'He said, quoting a report (published by the BBC), that the talks went on.',
    'Jane Roe (@janeroe on most networks) said the talks went on.',
  ])('keeps prose with agencies, parentheses and handles: %s', (text) => {
    const r = reflow(`${SENTENCE} ${text}`);
    expect(r.cuts).toEqual([]);
    expect(r.paragraphs.join(' ')).toBe(`${SENTENCE} ${text}`);
  });
});

describe('reflow: paragraphs', () => {
  it('splits a long flattened block at sentence ends, no paragraph over the limit, quotes opening their own', () => {
    const block = [...Array.from({ length: 12 }, () => SENTENCE), "'We will not wait,' the mayor said.", ...Array.from({ length: 6 }, () => SENTENCE)].join(' ');
    const paragraphs = splitParagraphs(block);
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(words(p)).toBeLessThanOrEqual(MAX_PARAGRAPH_WORDS);
    expect(paragraphs.some((p) => p.startsWith("'We will not wait,' the mayor said."))).toBe(true);
    expect(paragraphs.join(' ')).toBe(block);
  });

  it('leaves a short block, and one long sentence, as they are', () => {
    expect(splitParagraphs(`${SENTENCE} ${SENTENCE}`)).toEqual([`${SENTENCE} ${SENTENCE}`]);
    const long = `The list ran on and on, ${'with one more item and another after it, '.repeat(30)}until the end.`;
    expect(splitParagraphs(long)).toEqual([long]);
  });

  it('does not break after abbreviations inside a sentence', () => {
    expect(sentences('Mr. Roe met Dr. Lee at 10 a.m. on Friday. They talked.', 'en')).toEqual(['Mr. Roe met Dr. Lee at 10 a.m. on Friday.', 'They talked.']);
  });

  it('keeps a sentence that goes on in lower case after a quoted question in one piece', () => {
    expect(sentences("Reporters yelled, 'Will you stop the war?' and he did not answer. Then he left.", 'en')).toEqual([
      "Reporters yelled, 'Will you stop the war?' and he did not answer.",
      'Then he left.',
    ]);
  });
});

describe('reflow: the article itself printed as one block', () => {
  const sentence = (i: number) => `On day ${i} the council met again and agreed another part of the plan for the district's roads and schools.`;
  const block = Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join(' ');

  it('splits a story printed as one long paragraph into paragraphs, every word kept in order', () => {
    const result = cleanDocument(parse(page(`<h1>Council agrees new plan for roads</h1><article><p>${block}</p></article>`)), URL);
    const paragraphs = result.text.split(/\n{2,}/);
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const p of paragraphs) expect(words(p)).toBeLessThanOrEqual(MAX_PARAGRAPH_WORDS);
    expect(collapse(result.text)).toBe(block);
  });

  it('keeps prose paragraphs of a normal length, and long ones with links or emphasis, as printed', () => {
    const normal = (from: number) => Array.from({ length: 8 }, (_, i) => sentence(from + i)).join(' ');
    const long = Array.from({ length: 20 }, (_, i) => sentence(i + 40)).join(' ');
    const linked = `${long.slice(0, 400)} <a href="/plan">the plan</a> ${long.slice(400)}`;
    const result = cleanDocument(parse(page(`<h1>Council agrees new plan for roads</h1><article><p>${normal(1)}</p><p>${normal(20)}</p><p>${linked}</p></article>`)), URL);
    expect(result.text.split(/\n{2,}/).map((p) => p.slice(0, 12))).toEqual(['On day 1 the', 'On day 20 th', 'On day 40 th']);
  });
});
