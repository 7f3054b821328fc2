/**
 * Read aloud (issue 11): speaks the article sentence by sentence with the browser's voices,
 * moves the highlight to the sentence being spoken (and the word, where the voice reports
 * word boundaries), and plays, pauses, resumes and stops. No DOM and no browser API here
 * (but its few words, from src/platform/i18n.ts): the speech engine (src/platform/speech.ts)
 * and the highlighter are injected, so the controller is unit-tested with a fake `speechSynthesis`.
 *
 * One utterance per sentence, the next one spoken when the last ends: short utterances avoid
 * Chrome cutting long ones off, and a change of voice or speed applies at once. Pause cancels
 * the utterance and remembers the last word boundary; resume speaks on from that word. (The
 * engine's own pause() is unreliable: Chrome's network voices end instead of pausing.)
 */
import { t } from '../platform/i18n.ts';
import type { SpeechEngine, VoiceInfo } from '../platform/speech.ts';
import { isReadAloudRate, READ_ALOUD_RATES } from '../settings/schema.ts';

export { READ_ALOUD_RATES };

export interface SpokenText {
  /** What is spoken for this sentence. */
  text: string;
}

export interface Highlighter<S extends SpokenText> {
  /** Marks `sentence` as the one being read and keeps it in view. */
  show(sentence: S): void;
  /** The word being read, as offsets into `sentence.text` (optional: not every highlighter can). */
  word?(sentence: S, start: number, end: number): void;
  /** Removes every mark. */
  clear(): void;
}

export type ReadAloudState = 'unavailable' | 'loading' | 'no-voices' | 'idle' | 'playing' | 'paused';

export interface ReadAloudSnapshot {
  state: ReadAloudState;
  /** 0-based index of the sentence being read (or paused at); -1 when idle. */
  index: number;
  total: number;
  voices: VoiceInfo[];
  voiceId: string | null;
  rate: number;
  /** The last problem, in words for the reader ('' when none). */
  problem: string;
}

export interface ReadAloudOptions<S extends SpokenText> {
  /** null when the browser has no speechSynthesis. */
  engine: SpeechEngine | null;
  /** The article's language ('en', 'pt-BR', '' when unknown): voices in it are preferred. */
  lang: string;
  /** The sentences to read, asked for when reading starts (and again by refresh()). */
  sentences: () => S[];
  highlighter: Highlighter<S>;
  onChange?: (snapshot: ReadAloudSnapshot) => void;
  /** How long to wait for a late voice list before saying there are no voices. @default 2000 */
  voiceWaitMs?: number;
  /**
   * The reader's earlier choices (settings): the voice chosen for this language, used when the
   * browser still has it, and the speed, used when it is one of READ_ALOUD_RATES.
   */
  remembered?: { voiceId?: string | null; rate?: number };
  /** The reader chose a voice or a speed (setVoice / setRate): remember it. */
  onChoice?: (choice: { voiceId?: string; rate?: number }) => void;
}

/** Voices in `lang` first (the exact region before other regions), then the rest, each group in the browser's order. */
export function orderVoices(voices: readonly VoiceInfo[], lang: string): VoiceInfo[] {
  const wanted = lang.toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0] ?? '';
  const rank = (v: VoiceInfo) => {
    const l = v.lang.toLowerCase().replace('_', '-');
    if (!primary) return 2;
    if (l === wanted) return 0;
    return l.split('-')[0] === primary ? 1 : 2;
  };
  return voices.map((v, i) => ({ v, i, r: rank(v) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.v);
}

/**
 * The voice to start with: one in the article's exact language and region ('en-GB'), else in
 * its language ('en-US' for 'en-GB'), the browser's default first in each; else the default.
 */
export function preferredVoice(voices: readonly VoiceInfo[], lang: string): VoiceInfo | null {
  const norm = (l: string) => l.toLowerCase().replace('_', '-');
  const wanted = norm(lang);
  const primary = wanted.split('-')[0] ?? '';
  const exact = voices.filter((v) => wanted !== '' && norm(v.lang) === wanted);
  const sameLanguage = voices.filter((v) => primary !== '' && norm(v.lang).split('-')[0] === primary);
  const pick = (list: readonly VoiceInfo[]) => list.find((v) => v.isDefault) ?? list[0];
  return pick(exact) ?? pick(sameLanguage) ?? pick(voices) ?? null;
}

const QUIET_ERRORS = new Set(['interrupted', 'canceled']);

export interface ReadAloud {
  snapshot(): ReadAloudSnapshot;
  /** From idle: reads from the first sentence. From paused: resumes. */
  play(): void;
  pause(): void;
  /** Play or pause, whichever applies (the R key, later). Returns the new state. */
  toggle(): ReadAloudState;
  /** Stops and removes the highlight. */
  stop(): void;
  setVoice(id: string): void;
  setRate(rate: number): void;
  /** Asks for the sentences again (e.g. related stories switched on), keeping the place. */
  refresh(): void;
  destroy(): void;
}

export function createReadAloud<S extends SpokenText>(options: ReadAloudOptions<S>): ReadAloud {
  const { engine, lang, highlighter, onChange } = options;
  let state: ReadAloudState = engine ? 'loading' : 'unavailable';
  let voices: VoiceInfo[] = [];
  let voiceId: string | null = null;
  let pickedHere = false;
  const rememberedRate = options.remembered?.rate;
  let rate: number = isReadAloudRate(rememberedRate) ? rememberedRate : 1;
  let list: S[] = [];
  let index = -1;
  /** Offset into the current sentence's text of the last word boundary heard (where resume starts). */
  let resumeAt = 0;
  let problem = '';
  /** Bumped on every cancel: events of an utterance from before are ignored. */
  let generation = 0;

  const snapshot = (): ReadAloudSnapshot => ({ state, index, total: list.length, voices: [...voices], voiceId, rate, problem });
  const changed = () => onChange?.(snapshot());

  function loadVoices(): void {
    if (!engine) return;
    voices = orderVoices(engine.voices(), lang);
    // The remembered voice wins until the reader picks one here, also when it is in a later voice list.
    const remembered = options.remembered?.voiceId;
    if (!pickedHere && remembered && voices.some((v) => v.id === remembered)) voiceId = remembered;
    else if (voiceId === null || !voices.some((v) => v.id === voiceId)) voiceId = preferredVoice(voices, lang)?.id ?? null;
    if (voices.length > 0 && (state === 'loading' || state === 'no-voices')) state = 'idle';
    if (voices.length === 0 && (state === 'idle' || state === 'playing' || state === 'paused')) {
      cancel();
      highlighter.clear();
      index = -1;
      state = 'no-voices';
    }
    changed();
  }

  function cancel(): void {
    generation += 1;
    engine?.cancel();
  }

  function finish(): void {
    cancel();
    highlighter.clear();
    index = -1;
    resumeAt = 0;
    state = voices.length > 0 ? 'idle' : 'no-voices';
    changed();
  }

  function speakFrom(at: number, offset: number): void {
    if (!engine) return;
    const sentence = list[at];
    if (!sentence) return finish();
    const gen = generation;
    index = at;
    resumeAt = offset;
    state = 'playing';
    highlighter.show(sentence);
    changed();
    engine.speak(sentence.text.slice(offset), { voiceId, rate, lang }, {
      onStart: () => {
        if (gen === generation) highlighter.show(sentence);
      },
      onBoundary: (charIndex, charLength) => {
        if (gen !== generation) return;
        resumeAt = offset + charIndex;
        if (charLength > 0) highlighter.word?.(sentence, resumeAt, resumeAt + charLength);
      },
      onEnd: () => {
        if (gen === generation) speakFrom(at + 1, 0);
      },
      onError: (error) => {
        if (gen !== generation || QUIET_ERRORS.has(error)) return;
        problem = error === 'not-allowed' ? t('readAloud_notAllowed') : t('readAloud_voiceError', error);
        finish();
      },
    });
  }

  /** Speaks on from where the current sentence was left (after a pause, or a new voice or speed). */
  function restartCurrent(): void {
    cancel();
    speakFrom(index, resumeAt);
  }

  const api: ReadAloud = {
    snapshot,
    play() {
      if (state === 'paused') return restartCurrent();
      if (state !== 'idle') return;
      problem = '';
      list = options.sentences();
      if (list.length === 0) {
        problem = t('readAloud_noText');
        return changed();
      }
      cancel(); // a synth left paused or busy by an earlier page would hold the queue
      speakFrom(0, 0);
    },
    pause() {
      if (state !== 'playing') return;
      cancel();
      state = 'paused';
      changed();
    },
    toggle() {
      if (state === 'playing') api.pause();
      else api.play();
      return state;
    },
    stop() {
      if (state === 'playing' || state === 'paused') finish();
    },
    setVoice(id) {
      if (!voices.some((v) => v.id === id) || id === voiceId) return;
      voiceId = id;
      pickedHere = true;
      options.onChoice?.({ voiceId: id });
      if (state === 'playing') restartCurrent();
      else changed();
    },
    setRate(next) {
      if (!Number.isFinite(next) || next <= 0 || next === rate) return;
      rate = next;
      options.onChoice?.({ rate: next });
      if (state === 'playing') restartCurrent();
      else changed();
    },
    refresh() {
      if (state !== 'playing' && state !== 'paused') return;
      list = options.sentences();
      if (index >= list.length) finish();
      else changed();
    },
    destroy() {
      unsubscribe();
      clearTimeout(waiting);
      if (state === 'playing' || state === 'paused') finish();
    },
  };

  const unsubscribe = engine ? engine.onVoicesChanged(loadVoices) : () => {};
  let waiting: ReturnType<typeof setTimeout> | undefined;
  if (engine) {
    loadVoices();
    // Chrome fills the list a moment after the page asks; headless and voiceless systems never do.
    if (state === 'loading') {
      waiting = setTimeout(() => {
        if (state !== 'loading') return;
        state = 'no-voices';
        changed();
      }, options.voiceWaitMs ?? 2000);
    }
  }
  return api;
}
