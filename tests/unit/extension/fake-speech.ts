/**
 * A fake `speechSynthesis` and `SpeechSynthesisUtterance` for unit tests: records every
 * utterance and lets the test fire its events (start, boundary, end) when it chooses.
 */
export class FakeUtterance {
  rate = 1;
  lang = '';
  voice: FakeVoice | null = null;
  onstart: ((e: object) => void) | null = null;
  onboundary: ((e: { charIndex: number; charLength?: number }) => void) | null = null;
  onend: ((e: object) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export interface FakeVoice {
  voiceURI: string;
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

export const voice = (name: string, lang: string, isDefault = false): FakeVoice => ({ voiceURI: `fake:${name}`, name, lang, default: isDefault, localService: true });

export function createFakeSynth(initialVoices: FakeVoice[] = []) {
  let voices = initialVoices;
  const listeners = new Set<() => void>();
  const spoken: FakeUtterance[] = [];
  let speaking: FakeUtterance | null = null;
  let cancels = 0;
  const synth = {
    getVoices: () => voices,
    speak(u: FakeUtterance) {
      spoken.push(u);
      speaking = u;
    },
    cancel() {
      cancels += 1;
      const u = speaking;
      speaking = null;
      // As Chrome does: the utterance being spoken ends with an 'interrupted' error.
      u?.onerror?.({ error: 'interrupted' });
    },
    addEventListener: (_type: string, l: () => void) => void listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => void listeners.delete(l),
  };
  return {
    synth,
    spoken,
    get speaking() {
      return speaking;
    },
    get cancels() {
      return cancels;
    },
    setVoices(next: FakeVoice[]) {
      voices = next;
      for (const l of listeners) l();
    },
    get listenerCount() {
      return listeners.size;
    },
    /** The utterance being spoken starts, reaches a word, or ends. */
    start: () => speaking?.onstart?.({}),
    boundary: (charIndex: number, charLength: number) => speaking?.onboundary?.({ charIndex, charLength }),
    end() {
      const u = speaking;
      speaking = null;
      u?.onend?.({});
    },
    fail(error: string) {
      const u = speaking;
      speaking = null;
      u?.onerror?.({ error });
    },
  };
}
