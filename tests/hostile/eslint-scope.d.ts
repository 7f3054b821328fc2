/** The part of eslint-scope (no types of its own) that scan-globals.ts uses. */
declare module 'eslint-scope' {
  export function analyze(
    ast: unknown,
    options: { ecmaVersion: number; sourceType: 'script' | 'module' },
  ): { globalScope: { through: Array<{ identifier: { name: string } }> } };
}
