// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import remarkCatalogLinks from './scripts/lib/remark-catalog-links.ts';
import remarkCjkAutolinks from './src/markdown/remark-cjk-autolinks.ts';
import { CONTENT_SECURITY_POLICY } from './src/site/content-security-policy.ts';
import { siteBase } from './scripts/lib/site-address.ts';

// Hosting under a sub-path (e.g. http://intranet/update-triage/): SITE_BASE=/update-triage/ npm run build,
// or SITE_URL=http://intranet/update-triage/ (its path is the base). Astro wants it without the final slash.
const base = siteBase().replace(/(.)\/$/, '$1');

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkCjkAutolinks, remarkCatalogLinks] },
  integrations: [
    starlight({
      title: { 'zh-CN': '更新排障知识库', en: 'Update Triage' },
      description: 'Windows 更新故障：错误代码、补丁包、排查手册与日志分析',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      // Also sent as a header by scripts/lib/static-server.ts; the meta tag covers intranet servers that send none.
      head: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY } }],
      lastUpdated: false,
      pagefind: true,
      customCss: ['./src/styles/site.css'],
      components: { Search: './src/components/search/SiteSearch.astro', PageTitle: './src/components/PageTitle.astro' },
      routeMiddleware: './src/route-middleware.ts',
      // src/components/MissingPage.astro (404.html, and en/404/ for /en/): both languages' text, and a code typed into the address sent to the lookup.
      disable404Route: true,
      // The sidebar is rendered into every page: sections and index pages only, never every code.
      sidebar: [
        { label: '首页', translations: { en: 'Home' }, link: '/' },
        { label: '错误代码', translations: { en: 'Error codes' }, link: '/codes/' },
        { label: 'KB 补丁包', translations: { en: 'KB packages' }, link: '/kb/' },
        { label: '核对哈希', translations: { en: 'Verify a hash' }, link: '/verify/' },
        { label: '按现象排查', translations: { en: 'By symptom' }, link: '/symptoms/' },
        { label: '排查手册', translations: { en: 'Runbooks' }, link: '/runbooks/' },
        { label: '日志分析', translations: { en: 'Log analyzer' }, link: '/analyze/' },
        { label: '关于本站', translations: { en: 'About' }, link: '/about/' },
      ],
    }),
  ],
});
