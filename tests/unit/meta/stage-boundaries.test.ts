// @vitest-environment node
/**
 * Stages own their folders (issue 12): a stage folder under src/core/ may import the shared
 * folders (lib/, page/, text-passes/, rules/) and the core's root files (context, types), never
 * another stage's folder; the shared folders import no stage at all. Only pipeline.ts, which
 * lists the stages, imports them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../../src/core');
const SHARED = new Set(['lib', 'page', 'text-passes', 'rules']);
/** The folders of src/core that are neither shared nor files at its root: one per stage. */
const STAGES = readdirSync(CORE).filter((name) => statSync(join(CORE, name)).isDirectory() && !SHARED.has(name));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The src/core folder a module lives in ('' for the root files), by path. */
function folderOf(path: string): string {
  const rel = relative(CORE, path);
  return rel.includes('/') ? rel.split('/')[0]! : '';
}

/** Relative imports of a module (static, type-only and re-exports), resolved to paths. */
export function importsOf(path: string, text: string): string[] {
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm), ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)];
  return specs.map((m) => resolve(dirname(path), m[1]!));
}

function crossings(): string[] {
  const found: string[] = [];
  for (const file of files(CORE)) {
    const from = folderOf(file);
    if (from === '' && file.endsWith('pipeline.ts')) continue;
    for (const target of importsOf(file, readFileSync(file, 'utf8'))) {
      const to = folderOf(target);
      if (!STAGES.includes(to) || to === from) continue;
      found.push(`${relative(CORE, file)} imports ${relative(CORE, target)}`);
    }
  }
  return found;
}

describe('stage boundaries in src/core', () => {
  it('finds the stage folders', () => {
    expect(STAGES).toEqual(expect.arrayContaining(['detect', 'metadata', 'related', 'promo', 'extract', 'dedupe', 'reflow', 'sanitize']));
  });

  it('no module imports a stage folder other than its own (pipeline.ts lists them all)', () => {
    expect(crossings()).toEqual([]);
  });

  it('reads static, type-only, re-export and dynamic imports', () => {
    const path = join(CORE, 'promo', 'x.ts');
    const text = "import { a } from '../lib/text.ts';\nimport type { B } from '../detect/detect.ts';\nexport { c } from './own.ts';\nconst m = await import('../related/related.ts');";
    expect(importsOf(path, text).map((p) => relative(CORE, p))).toEqual(['lib/text.ts', 'detect/detect.ts', 'promo/own.ts', 'related/related.ts']);
  });
});
