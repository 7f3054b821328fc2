/**
 * axe-core in a Playwright page: its source is evaluated through DevTools (page.evaluate), so
 * the extension pages' CSP does not block it (toolchain notes §10).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe's violations on `page`, one line each: "rule-id (impact): target — summary". */
export async function violations(page: Page): Promise<string[]> {
  const found = await page.evaluate(async (source) => {
    const w = window as unknown as {
      axe?: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }>; getRules(): { ruleId: string; tags: string[] }[] };
    };
    if (!w.axe) (0, eval)(source);
    // axe's default rules (WCAG 2.x A and AA, best practices) and its experimental ones; not AAA.
    const experimental = w.axe!.getRules().filter((r) => r.tags.includes('experimental'));
    const rules = Object.fromEntries(experimental.map((r) => [r.ruleId, { enabled: true }]));
    const { violations } = await w.axe!.run(document, { resultTypes: ['violations'], rules });
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, AXE_SOURCE);
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
}

