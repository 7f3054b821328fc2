/**
 * "Save as Markdown" and "Copy as Markdown" (issue 11): the cleaned article as CommonMark
 * (with GitHub's tables and strikethrough), YAML front matter first, the related stories as a
 * list at the end. Pure: it reads the SANITISED article DOM (src/core/lib/html.ts makes it) and the
 * result's plain-text fields, and writes a string. No browser APIs, unit-tested under jsdom.
 *
 * Text from the page is escaped so that it reads as the page printed it: `*`, `_`, `[`, `<`…
 * never become emphasis, links or HTML, and a paragraph that starts with "1." or "#" is not a
 * list or a heading.
 */
import { sanitizeToFragment } from '../core/lib/html.ts';
import type { CleanResult } from '../core/types.ts';
import { t } from '../platform/i18n.ts';
import { displayTime, paragraphs, safeHttpUrl } from './format.ts';

export interface MarkdownOptions {
  /** Include the related stories as a list at the end. @default true */
  related?: boolean;
}

/** Characters that mean something inline, anywhere in a line (CommonMark + GFM `~` and `|`). */
const INLINE_SPECIAL = /[\\`*_[\]<~|]/g;
/** `&amp;`, `&#38;`, `&#x26;` in text would be read as a character reference. */
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;
/** A line that would open a block: heading, quote, list item, setext underline, thematic break. */
const BLOCK_START = /^(\s*)([#>+=-])/;
const ORDERED_START = /^(\s*\d{1,9})([.)])/;
/** A closing `#` run would be dropped from a heading. */
const HEADING_CLOSE = /(\s)(#+)\s*$/;
/** Line separators YAML treats as line breaks inside a quoted scalar. */
const YAML_BREAKS = /[\u0085\u2028\u2029]/g;

/** Escapes text so Markdown shows it as written (inline context). */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** Escapes what would open a block at the start of `line` (run on the finished line). */
export function escapeLineStart(line: string): string {
  return line.replace(BLOCK_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');
}

/** A YAML double-quoted scalar (JSON strings are valid YAML; the line separators are escaped too). */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(YAML_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An http(s) URL resolved against the article's address, made safe as a link destination. */
function destination(href: string | null, base: string): string | null {
  if (!href) return null;
  let url: string | null;
  try {
    url = safeHttpUrl(new URL(href, base || undefined).href);
  } catch {
    url = null;
  }
  // URL.href already percent-encodes spaces and angle brackets; parentheses end a destination.
  return url ? url.replace(/\(/g, '%28').replace(/\)/g, '%29') : null;
}

/** Backtick fence longer than any run inside `text` (`min` at least). */
function fenceFor(text: string, min: number): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

function inlineCode(text: string): string {
  const value = text.replace(/\s+/g, ' ');
  if (!value.trim()) return '';
  const fence = fenceFor(value, 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** `inner` split into its leading spaces, its content and its trailing spaces. */
function splitSpaces(inner: string): [string, string, string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : ['', inner, ''];
}

/** `*x*` around inline content, keeping its outer spaces outside (`* x*` is not emphasis). */
function wrap(inner: string, open: string, close = open): string {
  const [lead, core, trail] = splitSpaces(inner);
  return core ? `${lead}${open}${core}${close}${trail}` : inner;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isBlock = (node: Node): boolean => isElement(node) && BLOCK_TAGS.has(node.tagName);

/** Converts a sanitised article tree. `base` resolves relative links and images. */
class Converter {
  constructor(private readonly base: string) {}

  /** Markdown blocks of `parent`'s children, separated by blank lines. */
  blocks(parent: Node): string[] {
    const out: string[] = [];
    let run: Node[] = [];
    const flush = () => {
      const text = this.paragraph(run);
      if (text) out.push(text);
      run = [];
    };
    for (const child of parent.childNodes) {
      if (isBlock(child)) {
        flush();
        out.push(...this.block(child as Element));
      } else {
        run.push(child);
      }
    }
    flush();
    return out;
  }

  /**
   * Inline nodes as a paragraph: whitespace collapsed, each line safe from opening a block.
   * A <br> is the only newline here (text nodes' whitespace is collapsed): one is a hard line
   * break, two in a row (`<br><br>`, old pages' paragraphs) a new paragraph.
   */
  private paragraph(nodes: Node[]): string {
    const lines = nodes
      .map((n) => this.inline(n))
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim());
    const groups: string[][] = [[]];
    for (const line of lines) {
      if (line) groups[groups.length - 1]!.push(escapeLineStart(line));
      else if (groups[groups.length - 1]!.length > 0) groups.push([]);
    }
    return groups
      .filter((g) => g.length > 0)
      .map((g) => g.join('\\\n'))
      .join('\n\n');
  }

  private block(el: Element): string[] {
    const tag = el.tagName;
    switch (tag) {
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': {
        const text = this.singleLine(el).replace(HEADING_CLOSE, '$1\\$2');
        // The article's title is the document's one "#": headings in its body start at "##".
        const level = Math.max(2, Number(tag[1]));
        return text ? [`${'#'.repeat(level)} ${text}`] : [];
      }
      case 'P': case 'DT': case 'SUMMARY': case 'FIGCAPTION': {
        const text = this.paragraph([...el.childNodes]);
        if (!text) return [];
        if (tag === 'DT' || tag === 'SUMMARY') return [wrap(text, '**')];
        if (tag === 'FIGCAPTION') return [wrap(text, '*')];
        return [text];
      }
      case 'UL': case 'OL':
        return this.list(el);
      case 'BLOCKQUOTE': {
        const inner = this.blocks(el).join('\n\n');
        return inner ? [inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')] : [];
      }
      case 'PRE': {
        const code = (el.textContent ?? '').replace(/\n$/, '');
        if (!code.trim()) return [];
        const fence = fenceFor(code, 3);
        return [`${fence}\n${code}\n${fence}`];
      }
      case 'HR':
        return ['---'];
      case 'TABLE':
        return this.table(el);
      case 'LI':
        return this.list(el, true);
      default:
        return this.blocks(el);
    }
  }

  private list(el: Element, lone = false): string[] {
    const ordered = el.tagName === 'OL';
    let n = ordered ? Number.parseInt(el.getAttribute('start') ?? '1', 10) : 1;
    if (!Number.isFinite(n)) n = 1;
    const items = lone ? [el] : [...el.children].filter((c) => c.tagName === 'LI');
    const lines: string[] = [];
    for (const item of items) {
      // A sublist right after the item's text keeps the list tight ("- a\n  - b"); bullets and
      // a list from 1 may follow a paragraph line directly (CommonMark 5.3).
      const body = this.blocks(item).reduce((acc, next) => (acc ? `${acc}${/^(?:- |1\. )/.test(next) ? '\n' : '\n\n'}${next}` : next), '');
      if (!body) continue;
      const marker = ordered ? `${n}. ` : '- ';
      n += 1;
      const indent = ' '.repeat(marker.length);
      lines.push(body.split('\n').map((line, i) => (i === 0 ? marker + line : line ? indent + line : '')).join('\n'));
    }
    return lines.length ? [lines.join('\n')] : [];
  }

  /** A GFM table: the first row is the header; cells on one line each. */
  private table(el: Element): string[] {
    const rows = [...el.querySelectorAll('tr')].filter((tr) => tr.closest('table') === el);
    const cells = rows
      .map((tr) =>
        [...tr.children]
          .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
          .flatMap((cell) => {
            const span = Math.min(20, Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1));
            return [this.singleLine(cell), ...Array<string>(span - 1).fill('')];
          }),
      )
      .filter((row) => row.length > 0);
    if (cells.length === 0) return [];
    const width = Math.max(...cells.map((r) => r.length));
    const line = (row: string[]) => `| ${[...row, ...Array<string>(width - row.length).fill('')].join(' | ')} |`;
    const caption = el.querySelector(':scope > caption');
    const out = [[line(cells[0]!), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)].join('\n')];
    const title = caption ? this.singleLine(caption) : '';
    return title ? [wrap(title, '*'), ...out] : out;
  }

  /** Inline content on one line (headings, table cells). */
  private singleLine(el: Element): string {
    return [...el.childNodes]
      .map((n) => (isBlock(n) ? ` ${this.singleLine(n as Element)} ` : this.inline(n)))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  private inline(node: Node): string {
    if (node.nodeType === 3) return escapeMarkdown((node.textContent ?? '').replace(/\s+/g, ' '));
    if (!isElement(node)) return '';
    const children = () => [...node.childNodes].map((c) => (isBlock(c) ? ` ${this.singleLine(c as Element)} ` : this.inline(c))).join('');
    switch (node.tagName) {
      case 'BR':
        return '\n';
      case 'EM': case 'I': case 'CITE': case 'DFN':
        return wrap(children(), '*');
      case 'STRONG': case 'B':
        return wrap(children(), '**');
      case 'DEL': case 'S':
        return wrap(children(), '~~');
      case 'CODE': case 'KBD':
        return inlineCode(node.textContent ?? '');
      case 'Q':
        return `“${children()}”`;
      case 'IMG': {
        const src = destination(node.getAttribute('src'), this.base);
        if (!src) return '';
        const alt = escapeMarkdown((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
        return `![${alt}](${src})`;
      }
      case 'A': {
        const text = children();
        const href = destination(node.getAttribute('href'), this.base);
        if (!href || !text.trim()) return text;
        return wrap(text, '[', `](${href})`);
      }
      default:
        return children();
    }
  }
}

/** The body of an article (sanitised DOM) as Markdown blocks. */
export function bodyToMarkdown(body: ParentNode, baseUrl = ''): string {
  return new Converter(baseUrl).blocks(body as Node).join('\n\n');
}

/**
 * The whole export: front matter (title, source, byline, published, url; empty ones left out),
 * the title as "#", a line with source, byline, time and a link to the original, the body from
 * `body` (the sanitised article DOM), and the related stories.
 */
export function markdownFromDom(result: CleanResult, body: ParentNode | null, options: MarkdownOptions = {}): string {
  const url = safeHttpUrl(result.url) ?? '';
  const untitled = t('common_untitled');
  const front = ['---', `title: ${yamlString(result.title || untitled)}`];
  for (const [key, value] of [['source', result.source], ['byline', result.byline], ['published', result.published], ['url', url]] as const) {
    if (value) front.push(`${key}: ${yamlString(value)}`);
  }
  front.push('---');

  const parts = [front.join('\n'), `# ${escapeMarkdown(result.title || untitled).replace(HEADING_CLOSE, '$1\\$2')}`];
  const time = displayTime(result.published, result.language).text;
  const meta = [result.source, result.byline, time].filter(Boolean).map(escapeMarkdown);
  const link = destination(url, '');
  if (link) meta.push(`[${escapeMarkdown(t('export_originalArticleLink'))}](${link})`);
  if (meta.length) parts.push(escapeLineStart(meta.join(' · ')));

  const text = body ? bodyToMarkdown(body, url) : '';
  if (text) parts.push(text);
  else parts.push(...paragraphs(result.text).map((p) => escapeLineStart(escapeMarkdown(p))));

  if (options.related !== false && result.related.length > 0) {
    const items = result.related.map((story) => {
      const title = escapeMarkdown(story.title || untitled);
      const href = destination(story.url, '');
      const when = displayTime(story.published, result.language).text;
      const line = [href ? `[${title}](${href})` : title, ...[story.source, when].filter(Boolean).map(escapeMarkdown)];
      return `- ${line.join(' · ')}`;
    });
    parts.push(`## ${escapeMarkdown(t('common_relatedStories'))}`, items.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The export of `result`, its article HTML sanitised again through the one HTML module. */
export function markdownOf(result: CleanResult, options: MarkdownOptions = {}, win?: Window | null): string {
  const body = result.html ? sanitizeToFragment(result.html, win) : null;
  return markdownFromDom(result, body, options);
}
