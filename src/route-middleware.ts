/**
 * Untranslated pages that Starlight fills in from the other language carry the wrong text for
 * their `lang`, and pagefind would index them into that language's index: keep them out.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry.data.pagefind = false;
});
