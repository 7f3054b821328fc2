// @vitest-environment node
/**
 * The hostile pages through the real CLI, in one process as a user would run
 * it (`plainpage clean --json FILE...`): one JSON line per page, no dangerous
 * construct in `html`, related URLs http(s) only, no control characters in
 * any text. Plain (terminal) output must carry no escape sequences either:
 * a page must not be able to retitle, clear or recolour the user's terminal.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantAll } from '../../hostile/build-pages.ts';
import { resultSafetyProblems } from '../../hostile/check-result.ts';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../../bin/plainpage.js');
const pages = plantAll();
let dir = '';
const fileOf = (name: string) => join(dir, `${name}.html`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainpage-hostile-'));
  for (const page of pages) writeFileSync(fileOf(page.name), page.html);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Terminal control: C0 except tab/newline, DEL, C1 (0x9b is a one-byte CSI).
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('hostile pages through the CLI', () => {
  it('--json: every page cleaned, nothing dangerous in any record', { timeout: 600_000 }, async () => {
    const { stdout } = await run(process.execPath, [BIN, 'clean', '--json', ...pages.map((p) => fileOf(p.name))], {
      maxBuffer: 256 * 1024 * 1024,
      timeout: 540_000,
    });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(pages.length);
    const problems: string[] = [];
    lines.forEach((line, i) => {
      const record = JSON.parse(line) as Record<string, unknown> & { related: Array<{ text: string }> };
      const page = pages[i]!;
      expect(record.input).toBe(fileOf(page.name));
      problems.push(...resultSafetyProblems(record).map((problem) => `${page.name}: ${problem}`));
      // Not vacuous: the article around the payload and the payload-carrying card came out.
      if (typeof record.text !== 'string' || !record.text.includes('swing bridge')) problems.push(`${page.name}: article not extracted`);
      if (page.template === 'aggregator' && !record.related.some((story) => story.text.includes('Ferry operators'))) {
        problems.push(`${page.name}: payload-carrying related card missing`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('plain output: no terminal escape or control characters from the page', { timeout: 120_000 }, async () => {
    const chosen = pages.filter((p) => p.payload.category === 'control-chars');
    expect(chosen.length).toBeGreaterThanOrEqual(5);
    const { stdout } = await run(process.execPath, [BIN, 'clean', ...chosen.map((p) => fileOf(p.name))], { timeout: 100_000 });
    expect(stdout).toContain('swing bridge');
    const bad = stdout.split('\n').filter((line) => TERMINAL_CONTROL.test(line));
    expect(bad.map((line) => JSON.stringify(line))).toEqual([]);
  });
});
