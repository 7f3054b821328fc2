// @vitest-environment jsdom
/**
 * Interface text (issue 11): _locales/en/messages.json is well formed, every message name used
 * in src/, the static pages and manifest.json exists and every message is used (no dead keys),
 * each use passes as many substitutions as its message has placeholders, and t() falls back to
 * the bundled English where the browser's i18n API is absent or has no answer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('../../../src/platform/browser-api.ts', () => ({
  get default() {
    return api.browser;
  },
}));

const { formatMessage, plural, t, uiLanguage } = await import('../../../src/platform/i18n.ts');
const { appendMessage, localizePage } = await import('../../../src/reader/localize.ts');
const { messagesForBundle } = await import('../../../scripts/vite-messages.ts');

const ROOT = resolve(import.meta.dirname, '../../..');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const MESSAGES = JSON.parse(readFileSync(resolve(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;
const NAMES = Object.keys(MESSAGES);
const PLURAL_FORM = /_(?:zero|one|two|few|many|other)$/;
const PLURAL_BASES = new Set(NAMES.filter((n) => n.endsWith('_other')).map((n) => n.slice(0, -'_other'.length)));

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n), ext) : ext.test(n) ? [join(dir, n)] : []));
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');

/** `$NAME$` references of a message, lower-cased as browsers compare them. */
const referenced = (message: string) => [...message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
const placeholderCount = (name: string) => Object.keys(MESSAGES[name]?.placeholders ?? {}).length;

/** One use of a message name: where, and how many substitutions it passes (null: not known from the source). */
interface Use {
  name: string;
  where: string;
  substitutions: number | null;
}

const argCount = (arg: ts.Expression | undefined) => (arg === undefined ? 0 : ts.isArrayLiteralExpression(arg) ? arg.elements.length : 1);

/** Every string literal in src/**.ts that names a message (or a plural family), with its substitutions when it is t()'s, plural()'s or appendMessage()'s name. */
function usesInCode(): Use[] {
  const uses: Use[] = [];
  for (const path of files(resolve(ROOT, 'src'), /\.ts$/)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && (node.text in MESSAGES || PLURAL_BASES.has(node.text))) {
        const call = node.parent;
        const where = `${rel(path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        let substitutions: number | null = 0; // a name kept in a table is shown with t(name)
        if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) {
          const [first, second, third] = call.arguments;
          const fn = call.expression.text;
          if (fn === 't' && first === node) substitutions = argCount(second);
          else if (fn === 'plural' && first === node) substitutions = 1 + argCount(third);
          else if (fn === 'appendMessage' && second === node) substitutions = third && ts.isArrayLiteralExpression(third) ? third.elements.length : null;
        }
        uses.push({ name: node.text, where, substitutions });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** data-i18n names of the static pages (its element children are the substitutions) and their attribute names. */
function usesInPages(): Use[] {
  return files(resolve(ROOT, 'src'), /\.html$/).flatMap((path) => {
    const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
    const text = [...doc.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => ({ name: el.dataset.i18n!, where: rel(path), substitutions: el.children.length }));
    const attributes = [...doc.querySelectorAll('[data-i18n-aria-label], [data-i18n-title]')].flatMap((el) =>
      ['data-i18n-aria-label', 'data-i18n-title'].filter((a) => el.hasAttribute(a)).map((a) => ({ name: el.getAttribute(a)!, where: `${rel(path)} ${a}`, substitutions: 0 })),
    );
    return [...text, ...attributes];
  });
}

function usesInManifest(): Use[] {
  const manifest = readFileSync(resolve(ROOT, 'manifest.json'), 'utf8');
  return [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => ({ name: m[1]!, where: 'manifest.json', substitutions: 0 }));
}

const USES = [...usesInCode(), ...usesInPages(), ...usesInManifest()];
/** The messages a use stands for: the name, or each form of a plural family. */
const messagesOf = (name: string) => (PLURAL_BASES.has(name) ? NAMES.filter((n) => n.startsWith(`${name}_`) && PLURAL_FORM.test(n)) : [name]);

describe('messages.json', () => {
  it('has names browsers accept (letters, digits, _; unique without case), a message and a description for translators', () => {
    for (const name of NAMES) {
      expect(name, name).toMatch(/^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+$/); // <area>_<what>, e.g. popup_openReaderTab
      expect(typeof MESSAGES[name]!.message, name).toBe('string');
      expect(MESSAGES[name]!.description?.trim(), name).toBeTruthy();
    }
    expect(new Set(NAMES.map((n) => n.toLowerCase())).size).toBe(NAMES.length);
  });

  it('defines each $PLACEHOLDER$ it uses and uses each it defines, numbered $1… in order, with an example', () => {
    for (const [name, entry] of Object.entries(MESSAGES)) {
      const defined = Object.keys(entry.placeholders ?? {});
      expect(defined.every((p) => p === p.toLowerCase()), name).toBe(true);
      expect([...new Set(referenced(entry.message))].sort(), name).toEqual([...defined].sort());
      expect(defined.map((p) => entry.placeholders![p]!.content), name).toEqual(defined.map((_, i) => `$${i + 1}`));
      for (const p of defined) expect(entry.placeholders![p]!.example, `${name} ${p}`).toBeTruthy();
    }
  });

  it('gives each plural family an _one and an _other form with the same placeholders, and $COUNT$ first', () => {
    for (const base of PLURAL_BASES) {
      const forms = messagesOf(base);
      expect(forms, base).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
      for (const form of forms) {
        expect(Object.keys(MESSAGES[form]!.placeholders ?? {}), form).toEqual(Object.keys(MESSAGES[`${base}_other`]!.placeholders ?? {}));
        expect(Object.keys(MESSAGES[form]!.placeholders ?? {})[0], form).toBe('count');
      }
    }
    // No lone _one without its family.
    for (const name of NAMES.filter((n) => n.endsWith('_one'))) expect(PLURAL_BASES.has(name.slice(0, -4)), name).toBe(true);
  });
});

describe('message names in use', () => {
  it('finds the uses (the check itself can fail)', () => {
    expect(USES.length).toBeGreaterThan(150);
    expect(USES).toContainEqual(expect.objectContaining({ name: 'removalLog_more', substitutions: 1 }));
    expect(USES).toContainEqual(expect.objectContaining({ name: 'options_noSites', where: 'src/options/options.html', substitutions: 1 }));
    expect(USES).toContainEqual(expect.objectContaining({ name: 'ext_actionTitle', where: 'manifest.json' }));
  });

  it('every name used in src/, the static pages and manifest.json exists in messages.json', () => {
    const missing = USES.filter((u) => !(u.name in MESSAGES) && !PLURAL_BASES.has(u.name)).map((u) => `${u.where}: ${u.name}`);
    expect(missing).toEqual([]);
  });

  it('every message in messages.json is used (no dead keys)', () => {
    const used = new Set(USES.flatMap((u) => messagesOf(u.name)));
    expect(NAMES.filter((n) => !used.has(n))).toEqual([]);
  });

  it('each use passes as many substitutions as its message has placeholders', () => {
    const wrong = USES.filter((u) => u.substitutions !== null)
      .flatMap((u) => messagesOf(u.name).filter((m) => placeholderCount(m) !== u.substitutions).map((m) => `${u.where}: ${m} takes ${placeholderCount(m)}, given ${u.substitutions}`));
    expect(wrong).toEqual([]);
  });

  it('the manifest takes its name, description, titles and command descriptions from messages.json', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      action: { default_title: string };
      sidebar_action: { default_title: string };
      commands: Record<string, { description: string }>;
    };
    expect(manifest.default_locale).toBe('en');
    const shown = [manifest.name, manifest.short_name, manifest.description, manifest.action.default_title, manifest.sidebar_action.default_title];
    shown.push(...Object.values(manifest.commands).map((c) => c.description));
    for (const value of shown) expect(value).toMatch(/^__MSG_\w+__$/);
    expect(MESSAGES.ext_name!.message).toBe('Plainpage');
  });
});

describe('t()', () => {
  beforeEach(() => {
    api.browser = undefined;
  });

  it('without the extension API: the English text, substituted', () => {
    expect(t('common_copiedText')).toBe('Copied the article text.');
    expect(t('removalLog_kindHeading', ['Newsletter sign-ups', 2])).toBe('Newsletter sign-ups (2)');
    expect(t('popup_autoCleanOn', 'news.example')).toBe('Plainpage will clean news pages on news.example as they load.');
    api.browser = {}; // an API object with no i18n (the mocks of other tests)
    expect(t('inPage_showOriginal')).toBe('Show original');
    api.browser = { i18n: { getMessage: () => { throw new Error('Plainpage: an element of this page hides the extension API'); } } };
    expect(t('inPage_showOriginal')).toBe('Show original');
    expect(uiLanguage()).toBe('en');
  });

  it('takes the browser\'s text, and the English one where the browser has none (\'\')', () => {
    const getMessage = vi.fn((name: string, subs: string[]) => (name === 'inPage_showOriginal' ? `Original anzeigen ${subs.length}` : ''));
    api.browser = { i18n: { getMessage } };
    expect(t('inPage_showOriginal')).toBe('Original anzeigen 0');
    expect(t('reader_saved', 'a.md')).toBe('Saved the article as a.md.');
    expect(getMessage).toHaveBeenCalledWith('reader_saved', ['a.md']);
  });

  it('plural(): one and other in English, the count as $1', () => {
    expect(plural('common_readingTime', 1)).toBe('1 min read');
    expect(plural('common_readingTime', 3)).toBe('3 min read');
    expect(plural('removalLog_promoBlocks', 1)).toBe('1 promo block');
    expect(plural('removalLog_promoBlocks', 0)).toBe('0 promo blocks');
    expect(plural('removalLog_furniture', 13)).toBe('Also removed: 13 pieces of page furniture (spacer images, logos, menus, utility rows)');
  });

  it('the bundled copy (descriptions and examples left out) gives the same text as the file', () => {
    const bundled = messagesForBundle(MESSAGES);
    expect(Object.keys(bundled)).toEqual(NAMES);
    expect(JSON.stringify(bundled)).not.toMatch(/"description"|"example"/);
    const subs = ['a', 'b', 'c'];
    for (const name of NAMES) expect(formatMessage(bundled[name], subs), name).toBe(formatMessage(MESSAGES[name], subs));
  });

  it('substitutes as browsers do: $NAME$ in any case, $$ is $, a missing substitution is empty', () => {
    const entry = { message: 'Pay $$$Amount$ to $WHO$', placeholders: { amount: { content: '$1' }, who: { content: '$2' } } };
    expect(formatMessage(entry, ['5', 'Ann'])).toBe('Pay $5 to Ann');
    expect(formatMessage(entry, ['5'])).toBe('Pay $5 to ');
    expect(formatMessage(undefined, [])).toBe('');
  });
});

describe('a translation with more plural forms', () => {
  it('picks the form by its language\'s rules, and _other where it lacks one', async () => {
    const ru: Record<string, string> = { locale_language: 'ru', removalLog_more_one: 'и ещё $1 (one)', removalLog_more_few: 'и ещё $1 (few)', removalLog_more_other: 'и ещё $1 (other)' };
    api.browser = { i18n: { getMessage: (name: string, subs: string[]) => (ru[name] ?? '').replace('$1', subs[0] ?? '') } };
    vi.resetModules();
    const fresh = await import('../../../src/platform/i18n.ts');
    expect([21, 3, 5].map((n) => fresh.plural('removalLog_more', n))).toEqual(['и ещё 21 (one)', 'и ещё 3 (few)', 'и ещё 5 (other)']);
    api.browser = undefined;
  });
});

describe('the static pages', () => {
  it('localizePage fills text, the element parts of a sentence, attributes and the language', () => {
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = `
      <button data-i18n="common_smallerGlyph" data-i18n-aria-label="common_smallerTextLabel"></button>
      <p id="no-sites" data-i18n="options_noSites"><em data-i18n="popup_autoClean"></em></p>
      <span data-i18n-title="reader_helpButtonTitle">?</span>`;
    localizePage(document);
    const button = document.querySelector('button')!;
    expect([button.textContent, button.getAttribute('aria-label')]).toEqual(['A−', 'A− Smaller text']);
    const hint = document.getElementById('no-sites')!;
    expect(hint.textContent).toBe("No sites yet. To add one, open a news article, click Plainpage's toolbar button and switch on Auto-clean this site.");
    expect(hint.querySelector('em')?.textContent).toBe('Auto-clean this site');
    expect(document.querySelector('span')!.getAttribute('title')).toBe('Keyboard shortcuts (?)');
    expect(document.documentElement.lang).toBe('en');
  });

  it('appendMessage puts nodes where the translation puts their placeholders', () => {
    const code = document.createElement('code');
    code.textContent = 'Cannot access';
    api.browser = { i18n: { getMessage: (name: string, subs: string[]) => (name === 'state_browserSaid' ? `«${subs[0]}» sagte der Browser` : '') } };
    const p = document.createElement('p');
    appendMessage(p, 'state_browserSaid', [code]);
    expect(p.innerHTML).toBe('«<code>Cannot access</code>» sagte der Browser');
    api.browser = undefined;
    const q = document.createElement('p');
    appendMessage(q, 'options_shortcutLine', ['Open Plainpage beside the page', 'no shortcut set']);
    expect(q.textContent).toBe('Open Plainpage beside the page: no shortcut set');
  });
});
