/** The footer on every page: what the fact sheet is, where its facts come from, and how outside knowledge is marked. */
import type { SiteData } from "../../../scripts/data/schema.ts";
import { isolateLatin } from "../../../scripts/text/bidi.ts";
import { asHtml, fillInHtml } from "../../../plugins/interface-text.ts";
import { outsideMarker } from "../components/outside-marker.ts";
import { url, value, type MarkupContext } from "../markup.ts";

export function siteFooter(site: SiteData, context: MarkupContext): string {
  const { ui } = context;
  const { source } = site;
  const sourced = fillInHtml(ui.footer.sourced, {
    source: asHtml(`<a href="${url("/source/", context)}">${value(ui.footer.source_link)}</a>`),
    outside: asHtml(outsideMarker()),
    outside_page: asHtml(`<a href="${url("/source/#outside-heading", context)}">${value(ui.footer.outside_link)}</a>`),
  });
  const kind = fillInHtml(ui.footer.source_kind, { kind: asHtml(isolateLatin(source.kind)) });
  const byline = source.byline ? fillInHtml(ui.footer.byline, { byline: asHtml(isolateLatin(source.byline)) }) : "";
  return `<footer class="site-footer">
  <p>${isolateLatin(site.description)}</p>
  <p>${sourced} ${kind}${byline}.</p>
</footer>
`;
}
