import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.ts';
import { siteBase } from '../../../scripts/lib/load-catalog.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Serves dist/ on a free loopback port for the whole browser run. */
export default async function setup(project: TestProject) {
  const { server, url } = await serveStatic({ root: resolve('dist'), port: 0, base: siteBase() });
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
