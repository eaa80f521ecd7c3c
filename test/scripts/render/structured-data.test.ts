/** JSON-LD made from the model for each kind of page, and made safe to sit in a <script>. */
import { describe, expect, it } from "vitest";
import { loadFactSheet } from "../../../scripts/data/load-factsheet.ts";
import { jsonForScript, structuredData } from "../../../scripts/render/structured-data.ts";
import { VALID_FIXTURE } from "../../support/data-fixture.ts";

const { model } = loadFactSheet(VALID_FIXTURE);
const site = model.site.url;
const page = (kind: "home" | "glossary" | "page", url: string) => ({ kind, url, title: "عنوان", description: "وصف" });

describe("structured data", () => {
  it("describes a term as a DefinedTerm of the glossary, with its other names", () => {
    const term = model.terms.find((t) => t.id === "commission")!;
    expect(structuredData(model, { entity: term })).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DefinedTerm",
      "@id": `${site}/terms/commission/`,
      name: term.name,
      alternateName: term.names.slice(1),
      inDefinedTermSet: { "@type": "DefinedTermSet", "@id": `${site}/terms/` },
    });
    expect(term.names.slice(1)).toEqual(expect.arrayContaining(["Higher Military Commission", "HMC"]));
  });

  it("types an actor by its kind, and an agreement's parties likewise", () => {
    const agreement = model.agreements[0]!;
    const ld = structuredData(model, { entity: agreement });
    expect(ld).toMatchObject({ "@type": "CreativeWork", dateCreated: "2008" });
    const kinds = { person: "Person", ministry: "GovernmentOrganization" } as Record<string, string>;
    expect(ld.about).toEqual(agreement.parties.map((p) => ({ "@type": kinds[p.kind] ?? expect.any(String), name: p.name, url: `${site}${p.url}` })));
    for (const actor of model.actors) {
      const type = structuredData(model, { entity: actor })["@type"];
      if (actor.kind in kinds) expect(type).toBe(kinds[actor.kind]);
    }
  });

  it("gives an event its dates and its first actor as organizer", () => {
    const meeting = model.events.find((e) => e.id === "meeting")!;
    expect(structuredData(model, { entity: meeting })).toMatchObject({
      "@type": "Event",
      startDate: "2023-08-07",
      endDate: "2023-08-08",
      organizer: { name: meeting.actors[0]!.name },
    });
  });

  it("makes the home page a WebSite with a search action, whatever its URL", () => {
    const ld = structuredData(model, page("home", "/"));
    expect(ld).toMatchObject({ "@type": "WebSite", name: model.site.title, url: `${site}/` });
    expect(JSON.stringify(ld.potentialAction)).toContain(`${site}/search/?q={search_term_string}`);
  });

  it("makes the glossary a DefinedTermSet of every term, with the same @id its terms point to", () => {
    const ld = structuredData(model, page("glossary", "/terms/"));
    expect(ld).toMatchObject({ "@type": "DefinedTermSet", "@id": `${site}/terms/`, name: "عنوان" });
    expect((ld.hasDefinedTerm as { url: string }[]).map((t) => t.url)).toEqual(model.terms.map((t) => `${site}${t.url}`));
  });

  it("makes any other page a WebPage, even at an entity's URL: the page kind decides, not the URL", () => {
    expect(structuredData(model, page("page", "/terms/commission/"))).toEqual({
      "@context": "https://schema.org",
      "@type": "WebPage",
      url: `${site}/terms/commission/`,
      name: "عنوان",
      description: "وصف",
      inLanguage: "ar",
    });
  });

  it("writes JSON that cannot close its <script> element", () => {
    const json = jsonForScript({ name: "</script><script>alert(1)</script>\u2028" });
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>\u2028" });
  });
});
