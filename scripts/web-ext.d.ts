/**
 * The part of web-ext's Node API that scripts/package.ts uses. web-ext ships no
 * type declarations and there is no @types package for it.
 */
declare module 'web-ext' {
  interface BuildParams {
    sourceDir: string;
    artifactsDir: string;
    /** A file name, or a template such as `{name}-{version}.zip`; must end in .zip or .xpi. */
    filename?: string;
    overwriteDest?: boolean;
    /** Globs relative to sourceDir, on top of web-ext's own (dotfiles, *.zip, *.xpi, node_modules). */
    ignoreFiles?: string[];
  }
  interface BuildOptions {
    /** false: reject the promise on an error instead of ending the process. */
    shouldExitProgram?: boolean;
    /** false: no "Your web extension is ready" line. */
    showReadyMessage?: boolean;
  }
  const webExt: {
    cmd: {
      build(params: BuildParams, options?: BuildOptions): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
