/**
 * schema.org JSON-LD for each page: the glossary as a DefinedTermSet of
 * DefinedTerms, actors as Person or (Government)Organization, events as Event,
 * the home page as a WebSite with a SearchAction, every other page a WebPage.
 */
import type { Actor, Entity, FactSheet } from "../data/link.ts";

type JsonLd = Record<string, unknown>;

const ACTOR_TYPES: Record<Actor["kind"], string> = {
  person: "Person",
  state: "Country",
  government: "GovernmentOrganization",
  ministry: "GovernmentOrganization",
  force: "GovernmentOrganization",
  coalition: "Organization",
  "armed-group": "Organization",
  organization: "Organization",
};

const byUrlCache = new WeakMap<FactSheet, Map<string, Entity>>();

function entityAt(model: FactSheet, url: string): Entity | undefined {
  let byUrl = byUrlCache.get(model);
  if (!byUrl) byUrlCache.set(model, (byUrl = new Map(model.entities.map((entity) => [entity.url, entity]))));
  return byUrl.get(url);
}

function glossaryId(model: FactSheet): string {
  return `${model.site.url}/terms/`;
}

function alternateNames(entity: Entity): string[] | undefined {
  const others = entity.names.slice(1);
  return others.length > 0 ? others : undefined;
}

function entityJsonLd(entity: Entity, model: FactSheet): JsonLd {
  const common = {
    "@id": `${model.site.url}${entity.url}`,
    url: `${model.site.url}${entity.url}`,
    name: entity.name,
    alternateName: alternateNames(entity),
    description: entity.description,
    inLanguage: "ar",
  };
  switch (entity.type) {
    case "term":
      return {
        "@type": "DefinedTerm",
        ...common,
        inDefinedTermSet: { "@type": "DefinedTermSet", "@id": glossaryId(model), name: "المصطلحات" },
      };
    case "actor":
      return { "@type": ACTOR_TYPES[entity.kind], ...common, inLanguage: undefined };
    case "agreement":
      return {
        "@type": "CreativeWork",
        ...common,
        dateCreated: entity.date?.start,
        about: entity.parties.map((party) => ({ "@type": ACTOR_TYPES[party.kind], name: party.name, url: `${model.site.url}${party.url}` })),
      };
    case "event":
      return {
        "@type": "Event",
        ...common,
        startDate: entity.date.start,
        endDate: entity.date.end,
        organizer: entity.actors[0] && { "@type": ACTOR_TYPES[entity.actors[0].kind], name: entity.actors[0].name },
      };
  }
}

/** The JSON-LD object for the page at `url`, titled `title`. */
export function structuredData(model: FactSheet, url: string, title: string, description: string): JsonLd {
  const context = { "@context": "https://schema.org" };
  const entity = entityAt(model, url);
  if (entity) return { ...context, ...entityJsonLd(entity, model) };
  if (url === "/") {
    return {
      ...context,
      "@type": "WebSite",
      "@id": `${model.site.url}/`,
      url: `${model.site.url}/`,
      name: model.site.title,
      description: model.site.description,
      inLanguage: "ar",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${model.site.url}/search/?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    };
  }
  if (url === "/terms/") {
    return {
      ...context,
      "@type": "DefinedTermSet",
      "@id": glossaryId(model),
      url: glossaryId(model),
      name: title,
      description,
      inLanguage: "ar",
      hasDefinedTerm: model.terms.map((term) => ({ "@type": "DefinedTerm", name: term.name, url: `${model.site.url}${term.url}` })),
    };
  }
  return { ...context, "@type": "WebPage", url: `${model.site.url}${url}`, name: title, description, inLanguage: "ar" };
}

/** JSON safe to place inside <script type="application/ld+json">: no "<" that could close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
