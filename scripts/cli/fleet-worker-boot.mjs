// Run from TypeScript sources (tests, no compiled CLI): worker threads start without the
// TypeScript loader, so register tsx, then load the worker. The compiled CLI uses fleet-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./fleet-worker.ts');
