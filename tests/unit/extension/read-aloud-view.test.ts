// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CleanResult } from '../../../src/core/types.ts';
import { createSpeechEngine, type SynthLike, type UtteranceConstructor } from '../../../src/platform/speech.ts';
import { createReadAloudControls, toggleReadAloud } from '../../../src/reader/read-aloud-controls.ts';
import { collectSentences, createHighlighter, rangeOf, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, type HighlightApi } from '../../../src/reader/read-aloud-text.ts';
import { renderReaderView } from '../../../src/reader/render.ts';
import { createFakeSynth, FakeUtterance, voice } from './fake-speech.ts';

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
    text: '',
    html:
      '<p>Mr. Okafor spoke first. The <a href="https://digest.example/vote">vote</a> was <em>close</em>, 5 to 4.</p>' +
      '<figure><img src="https://digest.example/a.jpg" alt="The bridge"><figcaption>The old swing bridge. Photo: Archive.</figcaption></figure>' +
      '<h2>What next</h2><ul><li>Repairs start in May.</li></ul>',
    related: [{ title: 'Ferry fares to rise', url: 'https://digest.example/ferry', source: 'Coast News', published: '', text: 'Fares rise in June. Passengers object.' }],
    removed: { promo: 1, duplicates: 0, log: [{ stage: 'promo', reason: 'newsletter-insert', group: 'promo', text: 'Sign up to our newsletter.' }] },
    ...over,
  };
}

let view: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  view = document.createElement('main');
  view.className = 'pp-reader';
  document.body.append(view);
  renderReaderView(view, result());
});

const texts = (list: { text: string }[]) => list.map((s) => s.text);

describe('collectSentences', () => {
  it('reads the title and the body, leaving out the meta lines, the removal log, captions and the related stories', () => {
    expect(texts(collectSentences(view))).toEqual([
      'Harbour council backs bridge repair',
      'Mr. Okafor spoke first.',
      'The vote was close, 5 to 4.',
      'What next',
      'Repairs start in May.',
    ]);
  });

  it('reads the related stories too when asked: heading, card titles and texts, not the excerpts', () => {
    const all = texts(collectSentences(view, { related: true }));
    expect(all.slice(5)).toEqual(['Related stories', 'Ferry fares to rise', 'Fares rise in June.', 'Passengers object.']);
  });

  it('maps each sentence back onto the DOM, across inline elements', () => {
    const vote = collectSentences(view)[2]!;
    expect(rangeOf(vote)?.toString()).toBe('The vote was close, 5 to 4.');
  });
});

describe('the highlighter', () => {
  it('without the Custom Highlight API, wraps the sentence in <mark>s, and clear() leaves the text exactly as it was', () => {
    const before = view.querySelector('.pp-body')!.textContent;
    const htmlBefore = view.querySelector('.pp-body p')!.innerHTML;
    const sentences = collectSentences(view);
    const h = createHighlighter();
    h.show(sentences[2]!);
    const marks = [...view.querySelectorAll('mark.pp-reading-now')];
    expect(marks.map((m) => m.textContent).join('')).toBe('The vote was close, 5 to 4.');
    expect(marks.map((m) => m.textContent)).toEqual(["The ", "vote", " was ", "close", ", 5 to 4."]); // one per text node, inside the <a> and the <em>
    // The next sentence moves the mark: only one sentence is marked at a time.
    h.show(sentences[1]!);
    expect([...view.querySelectorAll('mark.pp-reading-now')].map((m) => m.textContent).join('')).toBe('Mr. Okafor spoke first.');
    h.clear();
    expect(view.querySelectorAll('mark').length).toBe(0);
    expect(view.querySelector('.pp-body')!.textContent).toBe(before);
    expect(view.querySelector('.pp-body p')!.innerHTML).toBe(htmlBefore);
    // Offsets still find the sentence after marks came and went.
    expect(rangeOf(sentences[2]!)?.toString()).toBe('The vote was close, 5 to 4.');
  });

  it('with the Custom Highlight API, registers ranges for the sentence and the word, and changes no DOM', () => {
    const registry = new Map<string, Range[]>();
    const api: HighlightApi = { registry, create: (...ranges) => ranges };
    const htmlBefore = view.innerHTML;
    const sentences = collectSentences(view);
    const h = createHighlighter({ highlights: api });
    h.show(sentences[2]!);
    h.word(sentences[2]!, 4, 8);
    expect(registry.get(SENTENCE_HIGHLIGHT)?.map(String)).toEqual(['The vote was close, 5 to 4.']);
    expect(registry.get(WORD_HIGHLIGHT)?.map(String)).toEqual(['vote']);
    expect(view.innerHTML).toBe(htmlBefore);
    h.clear();
    expect([...registry.keys()]).toEqual([]);
  });

  it('opens a related story\'s text to show the sentence being read', () => {
    const sentences = collectSentences(view, { related: true });
    const fares = sentences.find((s) => s.text === 'Fares rise in June.')!;
    const details = view.querySelector<HTMLDetailsElement>('.pp-card-more')!;
    expect(details.open).toBe(false);
    createHighlighter().show(fares);
    expect(details.open).toBe(true);
  });
});

describe('the read-aloud controls', () => {
  function controls(voices = [voice('Kate', 'en-GB', true)]) {
    const fake = createFakeSynth(voices);
    const engine = createSpeechEngine(fake.synth as unknown as SynthLike, FakeUtterance as unknown as UtteranceConstructor);
    const c = createReadAloudControls(document, { engine, view, lang: 'en', hasRelated: true });
    document.body.prepend(c.element);
    const play = c.element.querySelector<HTMLButtonElement>('.pp-ra-play')!;
    const stop = c.element.querySelector<HTMLButtonElement>('.pp-ra-stop')!;
    const status = c.element.querySelector('.pp-ra-status')!;
    const marked = () => [...view.querySelectorAll('mark.pp-reading-now')].map((m) => m.textContent).join('');
    return { fake, c, play, stop, status, marked };
  }

  it('Read aloud highlights the sentence being read, moves on, pauses and stops', () => {
    const { fake, c, play, stop, status, marked } = controls();
    expect(play.textContent).toContain('Read aloud');
    expect(stop.getAttribute('aria-disabled')).toBe('true');
    play.click();
    fake.start();
    expect(marked()).toBe('Harbour council backs bridge repair');
    expect(status.textContent).toBe('Reading sentence 1 of 5');
    expect(play.textContent).toContain('Pause');
    fake.end();
    fake.start();
    expect(marked()).toBe('Mr. Okafor spoke first.');
    play.click();
    expect(play.textContent).toContain('Resume');
    expect(status.textContent).toBe('Paused at sentence 2 of 5');
    expect(marked()).toBe('Mr. Okafor spoke first.'); // the place stays marked while paused
    stop.click();
    expect(marked()).toBe('');
    expect(status.textContent).toBe('');
    expect(play.textContent).toContain('Read aloud');
    c.destroy();
  });

  it('"Read related stories too" adds them to what is read, keeping the place', () => {
    const { fake, c, play } = controls();
    play.click();
    const related = c.element.querySelector<HTMLInputElement>('.pp-ra-related')!;
    expect(c.element.querySelector(`label[for="${related.id}"]`)?.textContent).toBe('Read related stories too');
    related.click();
    expect(c.controller.snapshot()).toMatchObject({ index: 0, total: 9 });
    for (let i = 0; i < 9; i++) fake.end();
    expect(fake.spoken.map((u) => u.text).slice(-2)).toEqual(['Fares rise in June.', 'Passengers object.']);
    c.destroy();
  });

  it('says plainly when there are no voices, and shows no voice or speed choice', () => {
    const fake = createFakeSynth([]);
    const engine = createSpeechEngine(fake.synth as unknown as SynthLike, FakeUtterance as unknown as UtteranceConstructor);
    const c = createReadAloudControls(document, { engine: null, view, lang: 'en' });
    expect(c.element.querySelector('.pp-ra-status')?.textContent).toBe('Read aloud is not available in this browser.');
    expect(c.element.querySelector('.pp-ra-play')?.getAttribute('aria-disabled')).toBe('true');
    expect((c.element.querySelector('.pp-ra-voice')!.parentElement as HTMLElement).hidden).toBe(true);
    c.destroy();
    const d = createReadAloudControls(document, { engine, view, lang: 'en' });
    expect(d.element.querySelector('.pp-ra-status')?.textContent).toBe('Looking for voices…');
    d.destroy();
  });

  it('toggleReadAloud() plays and pauses the page\'s controls (for the R shortcut)', () => {
    const { fake, c } = controls();
    expect(toggleReadAloud()).toBe('playing');
    expect(fake.spoken).toHaveLength(1);
    expect(toggleReadAloud()).toBe('paused');
    c.destroy();
    expect(toggleReadAloud()).toBeNull();
  });
});
