/**
 * Adapter over `speechSynthesis` (read aloud, issue 11): voices, one utterance at a time, cancel.
 * The synth and the utterance constructor are passed in: unit tests pass a fake `speechSynthesis`.
 */

/** `id`: the voiceURI (the name where a browser leaves it empty), by which the choice is kept. */
export interface VoiceInfo { id: string; name: string; lang: string; isDefault: boolean }

/** Boundary `charIndex` counts from the start of the spoken text; `error` is SpeechSynthesisErrorEvent.error. */
export interface SpeakEvents {
  onStart?(): void;
  onBoundary?(charIndex: number, charLength: number): void;
  onEnd?(): void;
  onError?(error: string): void;
}

/** onVoicesChanged: browsers fill the voice list late (Chrome); returns an unsubscribe. */
export interface SpeechEngine {
  voices(): VoiceInfo[];
  onVoicesChanged(listener: () => void): () => void;
  speak(text: string, options: { voiceId: string | null; rate: number; lang: string }, events: SpeakEvents): void;
  cancel(): void;
}

export type SynthLike = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>;
export type UtteranceConstructor = new (text: string) => SpeechSynthesisUtterance;

const idOf = (v: SpeechSynthesisVoice) => v.voiceURI || v.name;

export function createSpeechEngine(synth: SynthLike, Utterance: UtteranceConstructor): SpeechEngine {
  // Chrome drops the events of an utterance nothing references any more (crbug.com/40369473): keep it.
  let current: SpeechSynthesisUtterance | null = null;
  return {
    voices: () => synth.getVoices().map((v) => ({ id: idOf(v), name: v.name, lang: v.lang, isDefault: v.default })),
    onVoicesChanged: (listener) => (synth.addEventListener('voiceschanged', listener), () => synth.removeEventListener('voiceschanged', listener)),
    speak(text, { voiceId, rate, lang }, events) {
      const u = new Utterance(text);
      u.rate = rate;
      if (lang) u.lang = lang;
      const voice = voiceId === null ? undefined : synth.getVoices().find((v) => idOf(v) === voiceId);
      if (voice) [u.voice, u.lang] = [voice, voice.lang];
      u.onstart = () => events.onStart?.();
      u.onboundary = (e) => events.onBoundary?.(e.charIndex, e.charLength ?? 0);
      u.onend = () => ((current = current === u ? null : current), events.onEnd?.());
      u.onerror = (e) => ((current = current === u ? null : current), events.onError?.(e.error));
      current = u;
      synth.speak(u);
    },
    cancel: () => ((current = null), synth.cancel()),
  };
}

/** The engine of `global` (a window, or a content script's isolated world), or null where there is none. */
export function speechEngineOf(global: { speechSynthesis?: SynthLike; SpeechSynthesisUtterance?: UtteranceConstructor }): SpeechEngine | null {
  const { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance } = global;
  return synth && typeof Utterance === 'function' ? createSpeechEngine(synth, Utterance) : null;
}
