/**
 * The page shell: the one <html> every page is written in (the head with its
 * policy, meta tags, JSON-LD, fonts and scripts; the header, breadcrumbs and
 * footer around the page's content). The Nunjucks pages reach it as their
 * Eleventy layout (layouts/base.11ty.ts); the entity pages call it themselves,
 * as one render rather than a second one through Eleventy's layout.
 */
import type { FactSheet } from "../../../scripts/data/link.ts";
import type { InterfaceText } from "../../../scripts/render/interface-text.ts";
import { FONTS } from "../../../scripts/render/fonts.ts";
import { absoluteUrl } from "../../../scripts/render/site-url.ts";
import { jsonForScript, structuredData, type StructuredDataPage } from "../../../scripts/render/structured-data.ts";
import { metaPolicy, type Policy } from "../../../plugins/security-headers.ts";
import { url, value, type MarkupContext } from "../markup.ts";
import { breadcrumbs, type Breadcrumb } from "./breadcrumbs.ts";
import { siteFooter } from "./footer.ts";
import { siteHeader } from "./header.ts";

/** What the shell needs of a page. */
export interface ShellPage {
  /** The page's URL from the site's root; "/" is the home page. */
  url: string;
  title: string;
  description: string;
  /** What the page's JSON-LD describes: its entity, or the page itself. */
  structuredData: StructuredDataPage;
  /** The trail between the home page and the page. */
  breadcrumbs: readonly Breadcrumb[];
  /** The browser scripts the page runs, by name (site/assets/js/<name>.ts). */
  scripts: readonly string[];
  /** The page's own markup, inside <main>. */
  content: string;
}

/** The data, as Eleventy gives it to every page, that the shell reads: what a template or layout calling it passes on. */
export interface ShellData {
  page: { url: string };
  factsheet: FactSheet;
  security: { contentSecurityPolicy: Policy };
  ui: Readonly<InterfaceText>;
  basePath: string;
  scripts: readonly string[];
}

/** What every page shares: the model and the security policy (site/_data/security.json). */
export interface ShellSite {
  model: FactSheet;
  policy: Policy;
}

export function pageShell(page: ShellPage, site: ShellSite, context: MarkupContext): string {
  const { model } = site;
  const { ui, base } = context;
  const home = page.url === "/";
  const canonical = value(absoluteUrl(page.url, model.site.url, base));
  const preloads = FONTS.filter((font) => font.preload)
    .map((font) => `  <link rel="preload" href="${url(font.url, context)}" as="font" type="font/woff2" crossorigin>\n`)
    .join("");
  const scripts = page.scripts.map((script) => `  <script type="module" src="${url(`/assets/js/${script}.js`, context)}"></script>\n`).join("");
  // X (Twitter) takes the card's title and description from og:title and og:description.
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${value(metaPolicy(site.policy))}">
  <title>${value(page.title)}${home ? "" : ` | ${value(model.site.short_title)}`}</title>
  <meta name="description" content="${value(page.description)}">
  <link rel="canonical" href="${canonical}">
  <meta property="og:type" content="${home ? "website" : "article"}">
  <meta property="og:site_name" content="${value(model.site.short_title)}">
  <meta property="og:title" content="${value(page.title)}">
  <meta property="og:description" content="${value(page.description)}">
  <meta property="og:url" content="${canonical}">
  <meta property="og:locale" content="ar_AR">
  <meta name="twitter:card" content="summary">
  <script type="application/ld+json">${jsonForScript(structuredData(model, page.structuredData, base))}</script>
  <meta name="color-scheme" content="light dark">
${preloads}  <link rel="icon" href="${url("/assets/favicon.svg", context)}" type="image/svg+xml">
  <link rel="stylesheet" href="${url("/assets/css/site.css", context)}">
  <link rel="stylesheet" href="${url("/assets/css/print.css", context)}" media="print">
${scripts}</head>
<body>
  <a class="skip-link" href="#main">${value(ui.common.skip_link)}</a>
${siteHeader(model.site.short_title, page.url, context)}${breadcrumbs(page.url, page.title, page.breadcrumbs, context)}  <main id="main" tabindex="-1">
${page.content}  </main>
${siteFooter(model.site, context)}</body>
</html>
`;
}
