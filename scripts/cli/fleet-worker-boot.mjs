// Worker threads start without the TypeScript loader: register tsx, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./fleet-worker.ts');
