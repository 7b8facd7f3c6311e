#!/usr/bin/env node
// Entry for `npx update-triage`: the CLI as compiled on install and build (scripts/build-cli.ts).
// Before it is compiled (a checkout without npm install), it runs from TypeScript through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../../.build/cli/update-triage.js', import.meta.url);
let cli;
if (existsSync(compiled)) cli = await import(compiled.href);
else {
  process.stderr.write('update-triage: running from TypeScript sources (slow start); `npm run build:cli` compiles the CLI\n');
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
