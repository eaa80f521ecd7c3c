/** The trail from the home page to the page, on every page but the home page. */
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { url, value, type MarkupContext } from "../markup.ts";

/** A step of the trail between the home page and the page: a section, say. */
export interface Breadcrumb {
  label: string;
  /** Written from the site's root. */
  url: string;
}

export function breadcrumbs(pageUrl: string, pageTitle: string, trail: readonly Breadcrumb[], context: MarkupContext): string {
  if (pageUrl === "/") return "";
  const { ui } = context;
  const steps = trail.map((crumb) => `    <li><a href="${url(crumb.url, context)}">${value(crumb.label)}</a></li>\n`).join("");
  return `<nav class="breadcrumbs" aria-label="${value(ui.common.breadcrumbs_label)}">
  <ol>
    <li><a href="${url("/", context)}">${value(ui.common.home)}</a></li>
${steps}    <li><span aria-current="page">${isolateLatin(pageTitle)}</span></li>
  </ol>
</nav>
`;
}
