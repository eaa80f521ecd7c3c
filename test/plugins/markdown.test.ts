import { describe, expect, it } from "vitest";
import { markdown } from "../../plugins/markdown.ts";
import { isSafeLink } from "../../plugins/markdown-setup.ts";

describe("markdown", () => {
  it("renders raw HTML as text", () => {
    const html = markdown.render("<script>alert(1)</script> <b>x</b>");
    expect(html).not.toMatch(/<script|<b>/);
    expect(html.replace(/<\/?bdi[^>]*>/g, "")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt;</p>\n");
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd"])(
    "does not render a link to %j",
    (url) => {
      expect(isSafeLink(url)).toBe(false);
      expect(markdown.renderInline(`[x](${url})`)).not.toContain("<a");
    },
  );

  it.each(["https://example.org/", "http://example.org", "mailto:a@example.org", "/terms/x/", "#p3", "../x"])("renders a link to %j", (url) => {
    expect(isSafeLink(url)).toBe(true);
    expect(markdown.renderInline(`[x](${url})`)).toContain("<a href=");
  });

  it("puts a link written from the site's root under the base path, and leaves others as they are", () => {
    const links = "[أ](/terms/x/#p1) [ب](https://example.org/a) [ج](#p3) [د](../y/) [هـ](//example.org/z)";
    const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs(markdown.render(links, { base: "/factsheet/" }))).toEqual(["/factsheet/terms/x/#p1", "https://example.org/a", "#p3", "../y/", "//example.org/z"]);
    expect(hrefs(markdown.render(links, { base: "/" }))).toEqual(["/terms/x/#p1", "https://example.org/a", "#p3", "../y/", "//example.org/z"]);
  });

  it("allows {#id .class} attributes and nothing else", () => {
    expect(markdown.render("## عنوان {#anchor .wide}")).toBe('<h3 id="anchor" class="wide">عنوان</h3>\n');
    expect(markdown.render("نص {onclick=alert(1) style=color:red}")).not.toMatch(/onclick|style=/);
  });

  it("puts a body's headings under the page's h1", () => {
    expect(markdown.render("# أ\n\n###### ب")).toBe("<h2>أ</h2>\n<h6>ب</h6>\n");
  });

  it("isolates Latin runs inside Arabic text", () => {
    expect(markdown.renderInline("بدأت اللجنة (HMC) عملها.")).toBe('بدأت اللجنة (<bdi lang="en">HMC</bdi>) عملها.');
    expect(markdown.renderInline("حملة D-ISIS.")).toBe('حملة <bdi lang="en">D-ISIS</bdi>.');
  });
});
