import { describe, expect, it } from 'vitest';
import { runStage } from '../../../src/core/pipeline.ts';
import { DEDUPE } from '../../../src/core/dedupe/dedupe.ts';
import { dedupeParagraphs, splitSentences } from '../../../src/core/text-passes/repeats.ts';
import { contextFor } from './helpers.ts';

const RUN7 = [
  'What was clear was that there was no immediate ceasefire or peace deal out of the talks.',
  "'We didn't get there,' the usually ebullient president acknowledged.",
  'In an extremely uncharacteristic move, Trump allowed Putin to speak first.',
  'Their whole appearance before the press lasted just 12 minutes.',
  "'I'm going to start making a few phone calls,' Trump said.",
  "He added, 'Some are not that significant.'",
  "'One is probably the most significant,' he said.",
].join(' ');
const RUN2 = "Joe Biden's lone meeting with Putin took place in Geneva in June 2021. At the summit today, Putin claimed the conflict would not have happened.";

function runDom(bodyHtml: string, title = 'Talks end without a deal') {
  const ctx = contextFor(`<!doctype html><html><body><div id="a">${bodyHtml}</div></body></html>`);
  ctx.meta.title = title;
  ctx.article = ctx.doc.getElementById('a');
  runStage(DEDUPE, ctx);
  // Removed blocks are emptied in place (see emptyElement); the empty shells never reach the output.
  const paras = Array.from(ctx.article!.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { ctx, paras };
}

describe('repeats (string level, used for related stories)', () => {
  it('removes a repeated 7-sentence run and a 2-sentence run inside one flattened block, keeping the first', () => {
    const block = `Four words opened the summit. ${RUN2} Bill Clinton went to Russia. ${RUN2} But the president left the world hanging. ${RUN7} Putin flattered Trump. ${RUN7} During a sit-down, Hannity asked about the issue.`;
    const r = dedupeParagraphs([block], 'Putin stuns Trump');
    expect(r.paragraphs).toEqual([`Four words opened the summit. ${RUN2} Bill Clinton went to Russia. But the president left the world hanging. ${RUN7} Putin flattered Trump. During a sit-down, Hannity asked about the issue.`]);
    expect(r.removed.map((x) => x.text)).toEqual([RUN2, RUN7]);
  });

  it('removes exact and near-exact paragraph repeats (case, quotes, whitespace)', () => {
    const a = '“We have boats but not people,” said its operations manager, Alison Wade, on Friday.';
    const b = '"we have boats  but not people," said its Operations Manager, Alison Wade, on Friday';
    expect(dedupeParagraphs([a, 'Something else happened in between.', b], 'x').paragraphs).toEqual([a, 'Something else happened in between.']);
  });

  it('keeps legitimately recurring short lines: answers, credits, single short sentences, questions', () => {
    const paras = ['Did anyone tell you not to buy it?', 'Yes.', 'Photograph: Lena Ortiz', 'Was it worth it?', 'Yes.', 'Photograph: Lena Ortiz',
      'He declined to comment on the plans.', 'The mill reopened.', 'He declined to comment on the plans.',
      'What inspired you to start a cooking page, and who was your first reader?', 'What inspired you to start a cooking page, and who was your first reader?'];
    expect(dedupeParagraphs(paras, 'x').paragraphs).toEqual(paras);
  });

  it('drops the title printed again in the body', () => {
    expect(dedupeParagraphs(['Talks end without a deal', 'The talks ended.'], 'Talks End Without A Deal').paragraphs).toEqual(['The talks ended.']);
  });

  it('splits sentences after terminal punctuation and closing quotes', () => {
    expect(splitSentences("He said: 'Next time in Moscow.' Trump laughed. Is that so? Yes")).toEqual(["He said: 'Next time in Moscow.'", 'Trump laughed.', 'Is that so?', 'Yes']);
  });

  it('is linear: 40,000 sentences with many repeats in well under a second', () => {
    const paras = Array.from({ length: 20000 }, (_, i) => `Sentence number ${i % 5000} talks about the council budget for roads. Another one follows with item ${i % 5000} in it.`);
    const t = performance.now();
    const r = dedupeParagraphs(paras, 'x');
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.paragraphs).toHaveLength(5000);
  });
});

describe('dedupe stage (DOM)', () => {
  it('removes repeated paragraphs and the title, cuts repeated runs inside a block, and counts them', () => {
    const { ctx, paras } = runDom(`<h2>Talks end without a deal</h2><p>${RUN2}</p><p>Between them, other news.</p><p>${RUN2}</p><div>Opening line. ${RUN7} Middle line. ${RUN7} Closing line.</div>`);
    expect(paras).toEqual([RUN2, 'Between them, other news.', `Opening line. ${RUN7} Middle line. Closing line.`]);
    expect(ctx.removed.log.filter((l) => l.group === 'repeat').length).toBe(3);
    expect(ctx.removed.log.map((l) => l.reason)).toEqual(['repeated-title', 'repeated-paragraph', 'repeated-passage']);
  });

  it('removes a pull quote already printed inside a paragraph', () => {
    const { paras } = runDom(`<p>"We have boats but not people," said its operations manager, Alison Wade.</p><blockquote>"We have boats but not people"</blockquote><p>The island has 600 people.</p>`);
    expect(paras).toEqual(['"We have boats but not people," said its operations manager, Alison Wade.', 'The island has 600 people.']);
  });

  it('never deduplicates table cells and list items (meal plans, product features)', () => {
    const row = '<tr><td>Asparagus and eggs with half a cup of sweet potato and one teaspoon of olive oil</td></tr>';
    const { ctx } = runDom(`<table>${row}${row}${row}</table><ul><li>Easy setup for all your devices and quick access to the assistant</li><li>Easy setup for all your devices and quick access to the assistant</li></ul>`);
    expect(ctx.article!.querySelectorAll('td')).toHaveLength(3);
    expect(ctx.article!.querySelectorAll('li')).toHaveLength(2);
    expect(ctx.removed.log.filter((l) => l.group === 'repeat').length).toBe(0);
  });
});

describe('repeats within sections', () => {
  const MEAL = 'Asparagus and Eggs [1 cup asparagus, 2 poached eggs, half a cup of sweet potato, 1 tsp. olive oil]. Eat it slowly, with water.';
  const SHAKE = 'One scoop of protein shake, one cup of strawberries and eight ounces of almond milk, blended with ice until smooth.';

  it('keeps a paragraph a plan prints again under another heading path, and its sentences', () => {
    const { paras, ctx } = runDom(`<h2>Plan A</h2><h3>Breakfast</h3><p>${MEAL}</p><h3>Snack</h3><p>${SHAKE}</p>
      <h2>Plan B</h2><h3>Breakfast</h3><p>${MEAL}</p><h3>Snack</h3><p>${SHAKE}</p>`);
    expect(paras.filter((p) => p === MEAL)).toHaveLength(2);
    expect(paras.filter((p) => p === SHAKE)).toHaveLength(2);
    expect(ctx.removed.log.filter((l) => l.group === 'repeat').length).toBe(0);
  });

  it('still removes a section printed twice (same heading path) and a repeat inside one section', () => {
    const { paras, ctx } = runDom(`<h2>Plan A</h2><h3>Breakfast</h3><p>${MEAL}</p><p>${SHAKE}</p><p>${SHAKE}</p>
      <h2>Plan A</h2><h3>Breakfast</h3><p>${MEAL}</p>`);
    expect(paras.filter((p) => p === MEAL)).toHaveLength(1);
    expect(paras.filter((p) => p === SHAKE)).toHaveLength(1);
    expect(ctx.removed.log.filter((l) => l.group === 'repeat').length).toBe(2);
  });
});
