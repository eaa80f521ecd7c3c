/**
 * schema.org JSON-LD for each page: the glossary as a DefinedTermSet of
 * DefinedTerms, actors as Person or (Government)Organization, other entities
 * by their type's schemaOrg (entity-types.ts), the home page as a WebSite with
 * a SearchAction, every other page a WebPage. The page says what it is: an
 * entity's page gives its entity, the others a PageKind.
 */
import { ENTITY_TYPE } from "../data/entity-types.ts";
import type { Actor, Entity, FactSheet, Term } from "../data/link.ts";
import { absoluteUrl } from "./site-url.ts";

type JsonLd = Record<string, unknown>;

/** What a page other than an entity's is: the home page, the glossary's index, or any other page. */
export type PageKind = "home" | "glossary" | "page";

/** The page JSON-LD is made for: an entity's page, or a page of a kind with its URL, title and description. */
export type StructuredDataPage = { entity: Entity } | { kind: PageKind; url: string; title: string; description: string };

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

/** Whole URLs of the site's paths, under the base path the site is served from. */
type UrlOf = (path: string) => string;

const glossaryPath = `/${ENTITY_TYPE.term.folder}/`;

function alternateNames(entity: Entity): string[] | undefined {
  const others = entity.names.slice(1);
  return others.length > 0 ? others : undefined;
}

function entityJsonLd(entity: Entity, urlOf: UrlOf): JsonLd {
  const common = {
    "@id": urlOf(entity.url),
    url: urlOf(entity.url),
    name: entity.name,
    alternateName: alternateNames(entity),
    description: entity.description,
    inLanguage: "ar",
  };
  switch (entity.type) {
    case "term":
      return {
        "@type": ENTITY_TYPE.term.schemaOrg,
        ...common,
        inDefinedTermSet: { "@type": "DefinedTermSet", "@id": urlOf(glossaryPath), name: ENTITY_TYPE.term.plural },
      };
    case "actor":
      return { "@type": ACTOR_TYPES[entity.kind], ...common, inLanguage: undefined };
    case "agreement":
      return {
        "@type": ENTITY_TYPE.agreement.schemaOrg,
        ...common,
        dateCreated: entity.date?.start,
        about: entity.parties.map((party) => ({ "@type": ACTOR_TYPES[party.kind], name: party.name, url: urlOf(party.url) })),
      };
    case "event":
      return {
        "@type": ENTITY_TYPE.event.schemaOrg,
        ...common,
        startDate: entity.date.start,
        endDate: entity.date.end,
        organizer: entity.actors[0] && { "@type": ACTOR_TYPES[entity.actors[0].kind], name: entity.actors[0].name },
      };
  }
}

/** The JSON-LD object for a page of a site served under `base`, the base path. */
export function structuredData(model: FactSheet, page: StructuredDataPage, base = "/"): JsonLd {
  const context = { "@context": "https://schema.org" };
  const urlOf: UrlOf = (path) => absoluteUrl(path, model.site.url, base);
  if ("entity" in page) return { ...context, ...entityJsonLd(page.entity, urlOf) };
  const { kind, url, title, description } = page;
  if (kind === "home") {
    return {
      ...context,
      "@type": "WebSite",
      "@id": urlOf("/"),
      url: urlOf("/"),
      name: model.site.title,
      description: model.site.description,
      inLanguage: "ar",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: urlOf("/search/?q={search_term_string}") },
        "query-input": "required name=search_term_string",
      },
    };
  }
  if (kind === "glossary") {
    return {
      ...context,
      "@type": "DefinedTermSet",
      "@id": urlOf(glossaryPath),
      url: urlOf(glossaryPath),
      name: title,
      description,
      inLanguage: "ar",
      hasDefinedTerm: glossaryTermsAt(model, url).map((term) => ({ "@type": "DefinedTerm", name: term.name, url: urlOf(term.url) })),
    };
  }
  return { ...context, "@type": "WebPage", url: urlOf(url), name: title, description, inLanguage: "ar" };
}

/**
 * The terms a page of the glossary lists: all of them when the glossary is one page; on a glossary split
 * into pages, the page's own, so that each page describes its part of the one set (the same "@id").
 */
function glossaryTermsAt(model: FactSheet, url: string): readonly Term[] {
  const pages = model.pages.glossary;
  if (pages.length === 1) return model.terms;
  const page = pages.find((p) => p.url === url);
  return page ? page.groups.flatMap((group) => group.terms) : model.terms;
}

/** JSON safe to place inside <script type="application/ld+json">: no "<" that could close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
