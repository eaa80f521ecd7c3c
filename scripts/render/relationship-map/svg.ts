/**
 * The map's markup: an <svg> that is a group named by its <title>, not an img,
 * which would hide its content: its nodes are links a reader can reach and
 * follow. Styling is by class (site.css) with presentation attributes as a
 * fallback: the site's Content-Security-Policy allows no style attribute or
 * element. Every string from the data is escaped for XML.
 */
import { ENTITY_TYPE } from "../../data/entity-types.ts";
import { latinRuns } from "../../text/bidi.ts";
import { escapeXml as xml } from "../../text/escape.ts";
import {
  CHAR_EM,
  COLUMN_WIDTHS,
  DATE_LINE_HEIGHT,
  DATE_SIZE,
  FONT_SIZE,
  HEADING_Y,
  LEGEND_Y,
  LINE_HEIGHT,
  MARGIN,
  n,
  PAD_Y,
  WIDTH,
  type MapNode,
} from "./geometry.ts";
import type { MapLayout } from "./layout.ts";
import type { EdgeRoute, MapRoutes } from "./routes.ts";
import { count, fillIn, interfaceText } from "../interface-text.ts";
import type { Relation, RelationKind } from "./selection.ts";
import { sitePath } from "../site-url.ts";

/** The legend's words for each kind of relation, from the interface text (site/_data/ui.yaml). */
export function relationLabels(): Record<RelationKind, string> {
  const text = interfaceText().map;
  return { party: text.legend_party, participant: text.legend_participant, concerns: text.legend_concerns, term: text.legend_term };
}

const { actor, agreement, event, term } = ENTITY_TYPE;

/** The map's SVG; its nodes link to their pages under `base`, the base path the site is served under. */
export function mapSvg(idPrefix: string, layout: MapLayout, routes: MapRoutes, relations: readonly Relation[], base: string): string {
  const { columns, columnRight, height, subheading } = layout;
  const title = `${idPrefix}-title`;
  const desc = `${idPrefix}-desc`;
  const middle = columns[1]!.map((node) => node.entity.type);
  const agreements = middle.filter((type) => type === "agreement").length;
  const events = middle.length - agreements;
  const text = interfaceText().map;
  const counts = [
    count(columns[0]!.length, "actor"),
    count(agreements, "agreement"),
    count(events, "event"),
    count(columns[2]!.length, "term"),
    count(relations.length, "relation"),
  ].join("، ");
  const centre = (column: 0 | 1 | 2) => columnRight[column]! - COLUMN_WIDTHS[column] / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="relationship-map__svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" direction="rtl" font-size="${FONT_SIZE}" role="group" aria-labelledby="${title}" aria-describedby="${desc}">`,
    `<title id="${title}">${xml(text.title)}</title>`,
    `<desc id="${desc}">${xml(fillIn(text.reading_order, { actors: actor.plural, agreements: agreement.plural, events: event.plural, terms: term.plural, counts }))}</desc>`,
    legend(),
    `<g class="map-headings">`,
    heading(centre(0), HEADING_Y, actor.plural),
    heading(centre(1), HEADING_Y, agreements ? agreement.plural : event.plural),
    subheading === undefined ? "" : heading(centre(1), subheading.y, event.plural),
    heading(centre(2), HEADING_Y, term.plural),
    `</g>`,
    `<g class="map-edges" fill="none" stroke="currentColor">`,
    ...routes.edges.map(edgePath),
    ...routes.junctions.map((point) => {
      const [x, y] = point.split(" ");
      return `<circle class="map-junction" cx="${x}" cy="${y}" r="3" fill="currentColor"/>`;
    }),
    `</g>`,
    `<g class="map-nodes">`,
    ...columns.flat().map((node) => nodeMarkup(node, base)),
    `</g>`,
    `</svg>`,
  ].join("\n");
}

/** Escapes a line and marks each Latin run (an English name, an acronym) as English, as the pages' <bdi lang="en"> do. */
function isolateLatin(text: string): string {
  return latinRuns(text)
    .map((run) => (run.latin ? `<tspan class="map-latin" lang="en">${xml(run.text)}</tspan>` : xml(run.text)))
    .join("");
}

function nodeMarkup(node: MapNode, base: string): string {
  const { entity } = node;
  const cx = node.x + node.width / 2;
  const radius = entity.type === "actor" ? Math.min(node.height / 2, 20) : entity.type === "term" ? 4 : entity.type === "event" ? 10 : 0;
  const label = entity.type === "event" ? `${entity.name}، ${entity.date.label}` : entity.name;
  const tspans = node.lines
    .map((line, index) => `<tspan x="${n(cx)}" y="${n(node.y + PAD_Y + LINE_HEIGHT * (index + 0.5))}">${isolateLatin(line)}</tspan>`)
    .join("");
  const date =
    entity.type === "event"
      ? `<text class="map-node__date" x="${n(cx)}" y="${n(node.y + PAD_Y + LINE_HEIGHT * node.lines.length + DATE_LINE_HEIGHT / 2)}" text-anchor="middle" dominant-baseline="central" font-size="${DATE_SIZE}" fill="#555">${xml(entity.date.label)}</text>`
      : "";
  return (
    `<a class="map-node map-node--${entity.type}" href="${xml(sitePath(entity.url, base))}" data-id="${xml(entity.id)}" aria-label="${xml(label)}">` +
    `<title>${xml(entity.description)}</title>` +
    `<rect class="map-node__box" x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(radius)}" fill="#fff" stroke="#666"/>` +
    `<text class="map-node__name" text-anchor="middle" dominant-baseline="central">${tspans}</text>` +
    date +
    `</a>`
  );
}

function edgePath({ relation, d }: EdgeRoute): string {
  return `<path class="map-edge map-edge--${relation.kind}" data-from="${xml(relation.from.id)}" data-to="${xml(relation.to.id)}" d="${d}"/>`;
}

function heading(x: number, y: number, text: string): string {
  return `<text class="map-heading" x="${n(x)}" y="${n(y)}" text-anchor="middle" dominant-baseline="central" font-size="16" font-weight="700">${xml(text)}</text>`;
}

/** A row of samples of the four kinds of edge, from the right. */
function legend(): string {
  const parts: string[] = [`<g class="map-legend" font-size="13">`];
  let x = WIDTH - MARGIN;
  const labels = relationLabels();
  for (const kind of Object.keys(labels) as RelationKind[]) {
    const label = labels[kind];
    parts.push(
      `<path class="map-edge map-edge--${kind}" d="M${n(x)} ${LEGEND_Y}h-36" fill="none" stroke="currentColor"/>`,
      kind === "concerns" ? `<circle class="map-junction" cx="${n(x - 18)}" cy="${LEGEND_Y}" r="3" fill="currentColor"/>` : "",
      `<text class="map-legend__label" x="${n(x - 44)}" y="${LEGEND_Y}" text-anchor="start" dominant-baseline="central">${xml(label)}</text>`,
    );
    x -= 44 + [...label].length * 13 * CHAR_EM + 32;
  }
  parts.push(`</g>`);
  return parts.join("");
}
