/** Read JSON-LD blocks (read-only; malformed JSON is ignored). */

export type LdNode = Record<string, unknown>;

/** Every object in every ld+json script, @graph entries flattened. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  // getElementsByTagName + a type check: a case-insensitive attribute selector is slow in jsdom.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    collect(data, out, 0);
  }
  return out;
}

function collect(data: unknown, out: LdNode[], depth: number): void {
  if (depth > 3 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const d of data) collect(d, out, depth + 1);
    return;
  }
  const node = data as LdNode;
  out.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], out, depth + 1);
}

/** Lower-cased @type values of a node. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** A name from a string, {name}, or an array of those, joined with ", ". */
export function ldNames(value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const v of list) {
    const name = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as LdNode)['name'] : undefined;
    if (typeof name === 'string' && name.trim() && !names.includes(name.trim())) names.push(name.trim());
  }
  return names.join(', ');
}

export function ldString(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
