#!/usr/bin/env node
// The CLI runs from TypeScript sources through tsx, so `npx plainpage` works
// right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');

// EPIPE (e.g. `plainpage clean ... | head`) is a normal end of output, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
