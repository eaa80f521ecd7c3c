/** Linking entity mentions in Markdown: first mention per page, prefixes outside, headings, links and the page itself skipped. */
import { describe, expect, it } from "vitest";
import { type AutolinkContext, type LinkTarget } from "../../plugins/markdown-autolink.ts";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import { buildMentionIndex } from "../../scripts/text/mentions.ts";

const targets: LinkTarget[] = [
  { id: "commission", url: "/agreements/commission/", names: ["اللجنة العسكرية العليا", "HMC"], description: "لجنة ثنائية." },
  { id: "iraq", url: "/actors/iraq/", names: ["العراق"], description: "دولة <عربية>." },
];
const index = buildMentionIndex(targets);
const md = createMarkdown();

function context(pageUrl = "/", base = "/"): AutolinkContext {
  return { index, pageUrl, base, linked: new Set(), previews: 0 };
}
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

describe("autolink plugin", () => {
  it("links a mention to the entity's page, with its description as an escaped preview", () => {
    const html = md.renderInline("زار الوفد العراق.", { autolink: context() });
    expect(links(html)).toEqual(["/actors/iraq/"]);
    expect(html).toContain('<span class="mention"><a href="/actors/iraq/" aria-describedby="preview-1">العراق</a>');
    expect(html).toContain('<span class="mention__preview" role="tooltip" id="preview-1">دولة &lt;عربية&gt;.</span>');
  });

  it("links under the base path the site is served from", () => {
    const html = md.renderInline("زار الوفد العراق.", { autolink: context("/", "/factsheet/") });
    expect(links(html)).toEqual(["/factsheet/actors/iraq/"]);
    // The page itself is still known by its path from the site's root.
    expect(links(md.renderInline("العراق", { autolink: context("/actors/iraq/", "/factsheet/") }))).toEqual([]);
  });

  it("keeps an attached prefix outside the link", () => {
    const html = md.renderInline("وصل إلى بالعراق", { autolink: context() });
    expect(html).toContain('ب<span class="mention"><a href="/actors/iraq/"');
  });

  it("links only the first mention of each entity on a page, across calls", () => {
    const page = context();
    const first = md.render("العراق والعراق", { autolink: page });
    const second = md.render("ثم العراق واللجنة العسكرية العليا", { autolink: page });
    expect(links(first)).toEqual(["/actors/iraq/"]);
    expect(links(second)).toEqual(["/agreements/commission/"]);
    // Each preview has its own id on the page.
    expect(second).toContain('id="preview-2"');
  });

  it("does not link in headings, inside existing links, or to the page being rendered", () => {
    expect(links(md.render("## العراق", { autolink: context() }))).toEqual([]);
    expect(links(md.render("[العراق](/x/)", { autolink: context() }))).toEqual(["/x/"]);
    expect(links(md.render("العراق", { autolink: context("/actors/iraq/") }))).toEqual([]);
  });

  it("links nothing without a page context", () => {
    expect(links(md.render("العراق"))).toEqual([]);
  });
});
