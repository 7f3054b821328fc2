/**
 * A stand-in for the voices of `speechSynthesis` (headless Chromium has none, toolchain notes
 * §10). Read aloud still goes through `window.speechSynthesis` and real
 * SpeechSynthesisUtterance objects; only the synth's getVoices, speak and cancel are replaced:
 * speak records the utterance and fires its `start` event asynchronously, and the test decides
 * when it reaches a word (`boundary`) or ends (`end`), as a voice would.
 *
 * `installFakeSpeech` must not close over anything: it is sent as source, to
 * page.addInitScript (extension pages) or to scripting.executeScript in the content
 * script's isolated world (the in-page view), whose `speechSynthesis` wrapper is its own.
 */
export interface FakeSpeechLog {
  spoken: { text: string; rate: number; voice: string | null }[];
  cancels: number;
  speaking: boolean;
}

export function installFakeSpeech(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__fakeSpeech) return;
  const synth = window.speechSynthesis;
  const voices = [
    { voiceURI: 'fake:en-GB', name: 'Fake Harriet', lang: 'en-GB', default: false, localService: true },
    { voiceURI: 'fake:en-US', name: 'Fake Sam', lang: 'en-US', default: true, localService: true },
    { voiceURI: 'fake:de-DE', name: 'Fake Anna', lang: 'de-DE', default: false, localService: true },
  ];
  // A real utterance accepts only a real SpeechSynthesisVoice: let it hold a fake one.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: { __voice?: unknown }) {
      return this.__voice ?? null;
    },
    set(this: { __voice?: unknown }, v: unknown) {
      this.__voice = v;
    },
  });
  const log = { spoken: [] as { text: string; rate: number; voice: string | null }[], cancels: 0, speaking: false };
  let current: SpeechSynthesisUtterance | null = null;
  // A voice always starts an utterance before it reaches a word or its end: `boundary` and `end`
  // wait for the current utterance's `start` (fired 10 ms after speak), so a test that calls them
  // at once cannot have a late `start` undo what they did (the sentence highlight replacing the word's).
  let started: Promise<void> = Promise.resolve();
  const fire = (u: SpeechSynthesisUtterance, type: string, init: Record<string, unknown> = {}) =>
    u.dispatchEvent(type === 'error' ? new SpeechSynthesisErrorEvent('error', { utterance: u, error: 'interrupted' }) : new SpeechSynthesisEvent(type, { utterance: u, charIndex: 0, ...init }));
  Object.assign(synth, {
    getVoices: () => voices,
    speak(u: SpeechSynthesisUtterance) {
      log.spoken.push({ text: u.text, rate: u.rate, voice: (u.voice as { name?: string } | null)?.name ?? null });
      current = u;
      log.speaking = true;
      started = new Promise((done) => setTimeout(() => (fire(u, 'start'), done()), 10));
    },
    cancel() {
      log.cancels += 1;
      const u = current;
      current = null;
      log.speaking = false;
      if (u) setTimeout(() => fire(u, 'error'), 0);
    },
  });
  w.__fakeSpeech = {
    log,
    async end() {
      await started;
      const u = current;
      current = null;
      log.speaking = false;
      if (u) fire(u, 'end');
    },
    async boundary(charIndex: number, charLength: number) {
      await started;
      if (current) fire(current, 'boundary', { charIndex, charLength, name: 'word' });
    },
  };
  synth.dispatchEvent(new Event('voiceschanged'));
}
