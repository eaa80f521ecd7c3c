/** JSON-LD, Open Graph, sitemap and robots.txt of the built site. */
import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadFactSheet } from "../../scripts/data/load-factsheet.ts";
import { builtPages } from "../support/site-files.ts";

const siteDir = inject("siteDir");
const { model } = loadFactSheet();
const pages = builtPages(siteDir);
const siteUrl = model.site.url;

function jsonLdOf(url: string): Record<string, any> {
  const page = pages.find((p) => p.url === url);
  if (!page) throw new Error(`no page ${url}`);
  const scripts = load(page.html)('script[type="application/ld+json"]');
  expect(scripts, url).toHaveLength(1);
  return JSON.parse(scripts.html()!);
}

const REQUIRED: Record<string, string[]> = {
  DefinedTerm: ["name", "description", "inDefinedTermSet", "url"],
  DefinedTermSet: ["name", "hasDefinedTerm", "url"],
  Person: ["name", "description", "url"],
  GovernmentOrganization: ["name", "description", "url"],
  Organization: ["name", "description", "url"],
  Country: ["name", "description", "url"],
  Event: ["name", "startDate", "description", "url"],
  CreativeWork: ["name", "description", "url"],
  WebSite: ["name", "url", "potentialAction"],
  WebPage: ["name", "url"],
};

describe("JSON-LD", () => {
  it("is on every page, parses, uses schema.org and has each type's properties", () => {
    for (const page of pages.filter((p) => p.url !== "/404.html")) {
      const ld = jsonLdOf(page.url);
      expect(ld["@context"]).toBe("https://schema.org");
      const required = REQUIRED[ld["@type"]];
      expect(required, `${page.url}: @type ${ld["@type"]}`).toBeDefined();
      for (const property of required!) expect(ld[property], `${page.url}: ${property}`).toBeTruthy();
    }
  });

  it("describes each term as a DefinedTerm of the glossary's DefinedTermSet", () => {
    const glossary = jsonLdOf("/terms/");
    expect(glossary["@type"]).toBe("DefinedTermSet");
    expect(glossary.hasDefinedTerm).toHaveLength(model.terms.length);
    for (const term of model.terms) {
      const ld = jsonLdOf(term.url);
      expect(ld).toMatchObject({ "@type": "DefinedTerm", name: term.name, description: term.definition, url: `${siteUrl}${term.url}` });
      expect(ld.inDefinedTermSet["@id"]).toBe(glossary["@id"]);
      if (term.names.length > 1) expect(ld.alternateName).toEqual(term.names.slice(1));
    }
  });

  it("types actors as Person or organisations, events as Event with their dates", () => {
    const person = model.actors.find((a) => a.kind === "person")!;
    expect(jsonLdOf(person.url)["@type"]).toBe("Person");
    const ministry = model.actors.find((a) => a.kind === "ministry")!;
    expect(jsonLdOf(ministry.url)["@type"]).toBe("GovernmentOrganization");
    for (const event of model.events) expect(jsonLdOf(event.url)).toMatchObject({ "@type": "Event", startDate: event.date.start });
  });

  it("gives the home page a WebSite with a SearchAction that /search/?q= answers", () => {
    const ld = jsonLdOf("/");
    expect(ld["@type"]).toBe("WebSite");
    expect(ld.potentialAction.target.urlTemplate).toBe(`${siteUrl}/search/?q={search_term_string}`);
    expect(ld.potentialAction["query-input"]).toBe("required name=search_term_string");
  });
});

describe("sharing and crawling", () => {
  it("has Open Graph and Twitter card tags and a canonical URL on every page", () => {
    for (const page of pages) {
      const $ = load(page.html);
      expect($('link[rel="canonical"]').attr("href"), page.url).toBe(`${siteUrl}${page.url}`);
      for (const property of ["og:title", "og:description", "og:url", "og:type", "og:locale"]) {
        expect($(`meta[property="${property}"]`).attr("content"), `${page.url} ${property}`).toBeTruthy();
      }
      expect($('meta[name="twitter:card"]').attr("content"), page.url).toBe("summary");
    }
  });

  it("lists every page but the 404 in sitemap.xml, and robots.txt points to it", () => {
    const $ = load(readFileSync(join(siteDir, "sitemap.xml"), "utf8"), { xml: true });
    const urls = $("url > loc").map((_, loc) => $(loc).text()).get().sort();
    const expected = pages.filter((p) => p.url !== "/404.html").map((p) => `${siteUrl}${p.url}`).sort();
    expect(urls).toEqual(expected);
    expect(readFileSync(join(siteDir, "robots.txt"), "utf8")).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });
});
