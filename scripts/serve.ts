/** `npm run serve`: serves the built site on localhost (PORT, SITE_BASE honoured). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { siteBase } from './lib/load-catalog.ts';

const root = resolve(process.argv[2] ?? 'dist');
if (!existsSync(root)) {
  console.error(`${root}: no built site here; run \`npm run build\` first`);
  process.exit(1);
}
const { url } = await serveStatic({ root, port: Number(process.env.PORT ?? 4321), base: siteBase() });
console.log(`update-triage: serving ${root} at ${url} (Ctrl+C to stop)`);
