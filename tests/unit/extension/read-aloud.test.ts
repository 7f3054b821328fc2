// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpeechEngine, speechEngineOf, type UtteranceConstructor, type SynthLike } from '../../../src/platform/speech.ts';
import { createReadAloud, orderVoices, preferredVoice, type Highlighter } from '../../../src/reader/read-aloud.ts';
import { statusText } from '../../../src/reader/read-aloud-controls.ts';
import { createFakeSynth, FakeUtterance, voice, type FakeVoice } from './fake-speech.ts';

interface S {
  text: string;
}
const SENTENCES: S[] = [{ text: 'The council met on Monday.' }, { text: 'It voted to repair the bridge.' }, { text: 'Work starts in May.' }];

type Memory = Pick<Parameters<typeof createReadAloud<S>>[0], 'remembered' | 'onChoice'>;

function setUp(voices: FakeVoice[] = [voice('Anna', 'de-DE'), voice('Sam', 'en-US', true), voice('Kate', 'en-GB')], lang = 'en-GB', sentences = SENTENCES, memory: Memory = {}) {
  const fake = createFakeSynth(voices);
  const engine = createSpeechEngine(fake.synth as unknown as SynthLike, FakeUtterance as unknown as UtteranceConstructor);
  const events: string[] = [];
  const highlighter: Highlighter<S> = {
    show: (s) => void events.push(`show:${s.text}`),
    word: (s, start, end) => void events.push(`word:${s.text.slice(start, end)}`),
    clear: () => void events.push('clear'),
  };
  const onChange = vi.fn();
  const reader = createReadAloud({ engine, lang, sentences: () => sentences, highlighter, onChange, ...memory });
  return { fake, reader, events, onChange };
}

afterEach(() => vi.useRealTimers());

describe('voices', () => {
  const voices = [voice('Sam', 'en-US', true), voice('Anna', 'de-DE'), voice('Kate', 'en-GB'), voice('Lea', 'de-AT')];
  const names = (list: { name: string }[]) => list.map((v) => v.name);
  const info = voices.map((v) => ({ id: v.voiceURI, name: v.name, lang: v.lang, isDefault: v.default }));

  it('lists voices in the article\'s language first, its exact region before the others', () => {
    expect(names(orderVoices(info, 'de-AT'))).toEqual(['Lea', 'Anna', 'Sam', 'Kate']);
    expect(names(orderVoices(info, 'en-GB'))).toEqual(['Kate', 'Sam', 'Anna', 'Lea']);
    expect(names(orderVoices(info, ''))).toEqual(['Sam', 'Anna', 'Kate', 'Lea']);
  });

  it('starts with the default voice if it speaks the language, else the first that does, else the default', () => {
    expect(preferredVoice(info, 'en')?.name).toBe('Sam');
    expect(preferredVoice(info, 'de')?.name).toBe('Anna');
    expect(preferredVoice(info, 'de-AT')?.name).toBe('Lea');
    expect(preferredVoice(info, 'en-GB')?.name).toBe('Kate');
    expect(preferredVoice(info, 'pl')?.name).toBe('Sam');
    expect(preferredVoice([], 'en')).toBeNull();
  });
});

describe('remembered choices', () => {
  it('starts with the remembered voice and speed when the browser still has the voice', () => {
    const { fake, reader } = setUp(undefined, 'en-GB', SENTENCES, { remembered: { voiceId: 'fake:Sam', rate: 1.5 } });
    expect(reader.snapshot()).toMatchObject({ voiceId: 'fake:Sam', rate: 1.5 });
    reader.play();
    expect(fake.spoken[0]).toMatchObject({ rate: 1.5, voice: { name: 'Sam' } });
  });

  it('falls back to the preferred voice and normal speed for a voice gone or a speed not offered', () => {
    const { reader } = setUp(undefined, 'en-GB', SENTENCES, { remembered: { voiceId: 'fake:Gone', rate: 7 } });
    expect(reader.snapshot()).toMatchObject({ voiceId: 'fake:Kate', rate: 1 });
  });

  it('reports the reader\'s choices, not its own start-up pick', () => {
    const onChoice = vi.fn();
    const { reader } = setUp(undefined, 'en-GB', SENTENCES, { onChoice });
    expect(onChoice).not.toHaveBeenCalled();
    reader.setVoice('fake:Anna');
    reader.setRate(1.25);
    reader.setVoice('fake:Nobody');
    expect(onChoice.mock.calls).toEqual([[{ voiceId: 'fake:Anna' }], [{ rate: 1.25 }]]);
  });
});

describe('read aloud with a fake speechSynthesis', () => {
  it('queues one utterance per sentence, in order, each spoken when the last ends; start and end move the highlight', () => {
    const { fake, reader, events } = setUp();
    expect(reader.snapshot()).toMatchObject({ state: 'idle', voiceId: 'fake:Kate', total: 0 });
    reader.play();
    expect(fake.spoken.map((u) => u.text)).toEqual(['The council met on Monday.']);
    expect(fake.spoken[0]).toMatchObject({ rate: 1, lang: 'en-GB', voice: { name: 'Kate' } });
    fake.start();
    expect(reader.snapshot()).toMatchObject({ state: 'playing', index: 0, total: 3 });
    expect(events.at(-1)).toBe('show:The council met on Monday.');
    fake.end();
    fake.start();
    expect(events.at(-1)).toBe('show:It voted to repair the bridge.');
    expect(reader.snapshot().index).toBe(1);
    fake.end();
    fake.end();
    expect(fake.spoken.map((u) => u.text)).toEqual(SENTENCES.map((s) => s.text));
    expect(events.at(-1)).toBe('clear');
    expect(reader.snapshot()).toMatchObject({ state: 'idle', index: -1 });
  });

  it('word boundaries move the word highlight; pause cancels, resume speaks on from that word', () => {
    const { fake, reader, events } = setUp();
    reader.play();
    fake.start();
    fake.boundary(4, 7); // "council"
    expect(events.at(-1)).toBe('word:council');
    fake.boundary(12, 3); // "met"
    reader.pause();
    expect(fake.cancels).toBeGreaterThan(0);
    expect(reader.snapshot()).toMatchObject({ state: 'paused', index: 0 });
    // The 'interrupted' error the cancel caused does not stop or skip anything.
    expect(fake.spoken).toHaveLength(1);
    expect(events).not.toContain('clear');
    reader.play();
    expect(fake.spoken.at(-1)?.text).toBe('met on Monday.');
    expect(reader.snapshot().state).toBe('playing');
    // Boundaries in the resumed utterance count from the sentence's start.
    fake.boundary(4, 2);
    expect(events.at(-1)).toBe('word:on');
    fake.end();
    expect(fake.spoken.at(-1)?.text).toBe('It voted to repair the bridge.');
  });

  it('toggle plays and pauses', () => {
    const { fake, reader } = setUp();
    expect(reader.toggle()).toBe('playing');
    expect(reader.toggle()).toBe('paused');
    expect(reader.toggle()).toBe('playing');
    expect(fake.spoken).toHaveLength(2);
  });

  it('stop cancels, removes the highlight, and late events of the stopped utterance do nothing', () => {
    const { fake, reader, events } = setUp();
    reader.play();
    fake.start();
    const first = fake.speaking!;
    reader.stop();
    expect(events.at(-1)).toBe('clear');
    expect(reader.snapshot()).toMatchObject({ state: 'idle', index: -1 });
    first.onend?.({}); // a browser that fires end after cancel
    expect(fake.spoken).toHaveLength(1);
    // Playing again starts from the first sentence.
    reader.play();
    expect(fake.spoken.at(-1)?.text).toBe('The council met on Monday.');
  });

  it('a new speed or voice applies at once, from the word being read', () => {
    const { fake, reader } = setUp();
    reader.play();
    fake.start();
    fake.boundary(12, 3);
    reader.setRate(1.5);
    expect(fake.spoken.at(-1)).toMatchObject({ text: 'met on Monday.', rate: 1.5 });
    reader.setVoice('fake:Sam');
    expect(fake.spoken.at(-1)).toMatchObject({ text: 'met on Monday.', rate: 1.5, voice: { name: 'Sam' } });
    reader.setVoice('fake:Nobody'); // not a voice of this browser: ignored
    expect(reader.snapshot().voiceId).toBe('fake:Sam');
    expect(fake.spoken).toHaveLength(3);
  });

  it('a voice error stops with a message; the next play starts afresh', () => {
    const { fake, reader, events } = setUp();
    reader.play();
    fake.fail('synthesis-failed');
    expect(reader.snapshot()).toMatchObject({ state: 'idle', problem: 'Reading aloud stopped: the voice reported “synthesis-failed”.' });
    expect(events.at(-1)).toBe('clear');
    reader.play();
    expect(reader.snapshot().problem).toBe('');
  });

  it('says so when there is nothing to read', () => {
    const { fake, reader } = setUp(undefined, 'en', []);
    reader.play();
    expect(fake.spoken).toHaveLength(0);
    expect(statusText(reader.snapshot())).toBe('There is no text to read aloud.');
  });
});

describe('read aloud without voices', () => {
  it('waits for a late voice list, then says plainly that there are no voices', () => {
    vi.useFakeTimers();
    const { fake, reader } = setUp([]);
    expect(reader.snapshot().state).toBe('loading');
    expect(statusText(reader.snapshot())).toBe('Looking for voices…');
    reader.play();
    expect(fake.spoken).toHaveLength(0);
    vi.advanceTimersByTime(2000);
    expect(reader.snapshot().state).toBe('no-voices');
    expect(statusText(reader.snapshot())).toBe('Read aloud needs a voice, and this browser has none installed.');
    reader.play();
    expect(fake.spoken).toHaveLength(0);
  });

  it('voiceschanged brings the voices in, preferring the article\'s language', () => {
    const { fake, reader, onChange } = setUp([], 'de');
    fake.setVoices([voice('Sam', 'en-US', true), voice('Anna', 'de-DE')]);
    expect(reader.snapshot()).toMatchObject({ state: 'idle', voiceId: 'fake:Anna' });
    expect(reader.snapshot().voices.map((v) => v.name)).toEqual(['Anna', 'Sam']);
    expect(onChange).toHaveBeenCalled();
    reader.destroy();
    expect(fake.listenerCount).toBe(0);
  });

  it('with no speechSynthesis at all, the control says it is not available', () => {
    expect(speechEngineOf({})).toBeNull();
    const reader = createReadAloud({ engine: null, lang: 'en', sentences: () => SENTENCES, highlighter: { show() {}, clear() {} } });
    reader.play();
    expect(reader.snapshot().state).toBe('unavailable');
    expect(statusText(reader.snapshot())).toBe('Read aloud is not available in this browser.');
  });
});
