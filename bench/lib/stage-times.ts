/**
 * Per-stage timing of one clean, for the growth test: when the whole pipeline
 * grows faster than linearly, this names the stage responsible. It runs exactly
 * the production path, `cleanDocument(doc, url, { timings: true })`, which reports
 * each step's wall time (the working copy, the page read, then every stage).
 */
import { cleanDocument } from '../../src/core/index.ts';

export function stageTimes(doc: Document, url: string): Array<{ stage: string; ms: number }> {
  const result = cleanDocument(doc, url, { timings: true });
  return (result.timings ?? []).map((t) => ({ stage: t.name, ms: t.ms }));
}
