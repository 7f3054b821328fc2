/**
 * The global names a script reads: its free identifiers (eslint-scope's unresolved
 * references of the global scope) and the properties it reads off `window`, `self` and
 * `globalThis` by name. Used on the built content.js (see global-names.ts).
 */
import { parse } from 'acorn';
import { analyze } from 'eslint-scope';

const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis']);

interface AstNode {
  type: string;
  [key: string]: unknown;
}

export function scanGlobals(source: string): Set<string> {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', ranges: true });
  const names = new Set(analyze(ast, { ecmaVersion: 2022, sourceType: 'script' }).globalScope.through.map((ref) => ref.identifier.name));
  const stack: unknown[] = [ast];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const n = node as AstNode;
    if (typeof n.type !== 'string') continue;
    const object = n.object as AstNode | undefined;
    const property = n.property as AstNode | undefined;
    if (n.type === 'MemberExpression' && !n.computed && object?.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name as string) && property?.type === 'Identifier') {
      names.add(property.name as string);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'range' && value && typeof value === 'object') stack.push(value);
  }
  return names;
}
