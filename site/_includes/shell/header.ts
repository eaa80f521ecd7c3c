/** The site's header on every page: its name, the navigation (a section for each entity type, then the other pages), the search box. */
import { ENTITY_TYPES } from "../../../scripts/data/entity-types.ts";
import { url, value, type MarkupContext } from "../markup.ts";

/** A link of the navigation; the section the page is in is marked current, and the page itself as the page. */
function navItem(path: string, label: string, pageUrl: string, context: MarkupContext): string {
  const current = pageUrl.startsWith(path) ? ` aria-current="${pageUrl === path ? "page" : "true"}"` : "";
  return `        <li><a href="${url(path, context)}"${current}>${value(label)}</a></li>\n`;
}

export function siteHeader(siteName: string, pageUrl: string, context: MarkupContext): string {
  const { ui } = context;
  const sections = ENTITY_TYPES.map((type) => navItem(`/${type.folder}/`, type.plural, pageUrl, context)).join("");
  return `<header class="site-header">
  <div class="site-header__inner">
    <a class="site-name" href="${url("/", context)}">${value(siteName)}</a>
    <nav class="site-nav" aria-label="${value(ui.common.nav_label)}">
      <ul>
${sections}${navItem("/timeline/", ui.common.timeline, pageUrl, context)}${navItem("/map/", ui.common.map, pageUrl, context)}${navItem("/source/", ui.common.source, pageUrl, context)}      </ul>
    </nav>
    <form class="site-search" role="search" action="${url("/search/", context)}" method="get">
      <label for="site-search-input" class="visually-hidden">${value(ui.common.search_label)}</label>
      <input id="site-search-input" type="search" name="q" placeholder="${value(ui.common.search_placeholder)}" autocomplete="off" dir="auto">
      <button type="submit">${value(ui.common.search_button)}</button>
    </form>
  </div>
</header>
`;
}
