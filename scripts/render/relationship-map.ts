/**
 * The relationship map (/map/): which actors are party to which agreements
 * and take part in which events, which agreements the events concern, and
 * which terms belong to them; drawn at build time as an SVG that reads right
 * to left, every node a link to its entity's page.
 *
 * Three columns, right to left: actors | agreements, then events | terms. The
 * middle column holds the agreements (ordered by the events that concern them)
 * and below them the events in chronological order; actors and terms are
 * ordered to sit near what they are linked to (a few barycentre sweeps), so
 * that edges cross less. An edge between actors and terms passes through a gap
 * of the middle column rather than behind its nodes; an event's link to an
 * agreement, both in the middle column, is an arc beside it.
 *
 * The <svg> is a group named by its <title>, not an img, which would hide its
 * content: its nodes are links a reader can reach and follow.
 *
 * A pure function of the model: the same model gives the same SVG, byte for
 * byte. Styling is by class (site.css) with presentation attributes as a
 * fallback: the site's Content-Security-Policy allows no style attribute or
 * element. Every string from the data is escaped for XML.
 */
import { LATIN_RUN } from "../text/arabic.ts";
import { TYPE_LABELS, type EntityType } from "../data/labels.ts";
import type { Actor, Agreement, Entity, Event, FactSheet, Term } from "../data/link.ts";

/**
 * - party: an actor (from) is party to an agreement (to)
 * - participant: an actor (from) takes part in an event (to)
 * - concerns: an event (from) concerns an agreement (to)
 * - term: a term (from) belongs to an actor, agreement or event (to), by either one's `related`
 */
export type RelationKind = "party" | "participant" | "concerns" | "term";

export interface Relation {
  kind: RelationKind;
  from: Entity;
  to: Entity;
}

/** An entity's neighbours on the map, by type, each list in the model's display order. */
export interface Neighbours {
  actor: Actor[];
  agreement: Agreement[];
  event: Event[];
  term: Term[];
}

export interface MapNode {
  entity: Entity;
  /** 0: actors (right), 1: agreements and events (middle), 2: terms (left). */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name as drawn, one entry per line (the last may end in an ellipsis). */
  lines: string[];
}

export interface RelationshipMap {
  svg: string;
  width: number;
  height: number;
  /** The drawn nodes, in document (and keyboard) order: column by column, right to left, top to bottom. */
  nodes: MapNode[];
  relations: Relation[];
  /** Every entity of the model, by id, with its neighbours on the map (empty lists for a term left off it). */
  neighbours: Record<string, Neighbours>;
  /** Actors, agreements and events drawn with no relation at all. */
  isolated: Entity[];
  /** The drawn entities by type, each list in the model's order. */
  shown: Neighbours;
  /** How many entities would be drawn but were left off because the map holds at most `maxNodes`. */
  omitted: number;
}

export interface RelationshipMapOptions {
  /** Prefix of the ids the SVG defines (its title and description), unique on the page. */
  idPrefix?: string;
  /** The most nodes drawn; MAX_NODES unless given. */
  maxNodes?: number;
}

/**
 * The most nodes the map draws. A dossier of thousands of entities would give
 * a map no one can read and a page of many megabytes; past this many, the map
 * draws a connected core of the most connected entities (mostConnected), and
 * each entity's page lists its own relations.
 */
export const MAX_NODES = 90;

export const RELATION_LABELS: Record<RelationKind, string> = {
  party: "طرف في اتفاقية",
  participant: "جهة في حدث",
  concerns: "حدث يخص اتفاقية",
  term: "مصطلح مرتبط",
};

// Geometry, in SVG user units (CSS pixels at 1:1).
const WIDTH = 1160;
const MARGIN = 8;
const COLUMN_WIDTHS = [200, 280, 220] as const;
const FONT_SIZE = 14;
const LINE_HEIGHT = 21;
const DATE_SIZE = 12;
const DATE_LINE_HEIGHT = 19;
const PAD_X = 12;
const PAD_Y = 8;
const MAX_LINES = 3;
/** An estimate of a character's advance, with room to spare: Noto Naskh Arabic averages 0.38em over the real names. */
const CHAR_EM = 0.47;
const LEGEND_Y = 20;
const HEADING_Y = 62;
const TOP = 88;
const MIN_GAP = 12;
const MAX_GAP = 44;
const SUBHEADING_HEIGHT = 44;
/** Spacing of the edges that share a gap of the middle column. */
const GAP_LANE = 3;
/** Where the agreements' lanes run, beside the middle column on the terms' side. */
const LANE_OFFSET = 12;
const LANE_SPACING = 12;

const KIND_ORDER: Record<RelationKind, number> = { party: 0, participant: 1, concerns: 2, term: 3 };

/** Computes the map's relations and draws it. */
export function relationshipMap(model: FactSheet, options: RelationshipMapOptions = {}): RelationshipMap {
  const idPrefix = options.idPrefix ?? "relationship-map";
  const allRelations = collectRelations(model);
  const linkedAtAll = new Set(allRelations.flatMap((r) => [r.from.id, r.to.id]));
  // Every actor, agreement and event is drawn, and every term with a relation, up to maxNodes.
  const candidates: Entity[] = [...model.actors, ...model.agreements, ...model.events, ...model.terms.filter((term) => linkedAtAll.has(term.id))];
  const drawn = mostConnected(candidates, allRelations, options.maxNodes ?? MAX_NODES);
  const relations = allRelations.filter((r) => drawn.has(r.from.id) && drawn.has(r.to.id));
  const neighbours = neighboursOf(model, relations);
  const linked = new Set(relations.flatMap((r) => [r.from.id, r.to.id]));
  const shown: Neighbours = {
    actor: model.actors.filter((e) => drawn.has(e.id)),
    agreement: model.agreements.filter((e) => drawn.has(e.id)),
    event: model.events.filter((e) => drawn.has(e.id)),
    term: model.terms.filter((e) => drawn.has(e.id) && linked.has(e.id)),
  };

  // Columns: actors | agreements + events | terms (only terms with a relation).
  const middleOrder = new Map<string, number>();
  model.events.forEach((event, index) => middleOrder.set(event.id, index));
  const agreements = stableSortBy(shown.agreement, (agreement) =>
    mean(neighbours[agreement.id]!.event.map((event) => middleOrder.get(event.id)!)),
  );
  const middle: Entity[] = [...agreements, ...shown.event];
  let actors: Entity[] = [...shown.actor];
  let terms: Entity[] = [...shown.term];

  // Barycentre sweeps: each outer column ordered by the mean position of its neighbours.
  const position = new Map<string, number>();
  const place = (list: Entity[]) => list.forEach((e, i) => position.set(e.id, list.length > 1 ? i / (list.length - 1) : 0.5));
  const adjacency = new Map<string, string[]>();
  for (const { from, to } of relations) {
    adjacency.set(from.id, [...(adjacency.get(from.id) ?? []), to.id]);
    adjacency.set(to.id, [...(adjacency.get(to.id) ?? []), from.id]);
  }
  const barycentre = (entity: Entity) =>
    mean((adjacency.get(entity.id) ?? []).map((id) => position.get(id)).filter((p): p is number => p !== undefined));
  place(middle);
  place(actors);
  place(terms);
  for (let sweep = 0; sweep < 4; sweep++) {
    actors = stableSortBy(actors, barycentre);
    place(actors);
    terms = stableSortBy(terms, barycentre);
    place(terms);
  }

  // Node sizes, then vertical placement: every column spread over the height of the tallest.
  const columns = [actors, middle, terms];
  const columnRight: number[] = [];
  let right = WIDTH - MARGIN;
  const gutter = (WIDTH - 2 * MARGIN - COLUMN_WIDTHS.reduce((a, b) => a + b, 0)) / 2;
  for (const width of COLUMN_WIDTHS) {
    columnRight.push(right);
    right -= width + gutter;
  }
  const sized = columns.map((list, column) =>
    list.map((entity) => {
      const width = COLUMN_WIDTHS[column as 0 | 1 | 2];
      const lines = wrap(entity.name, width - 2 * PAD_X, FONT_SIZE);
      const height = 2 * PAD_Y + lines.length * LINE_HEIGHT + (entity.type === "event" ? DATE_LINE_HEIGHT : 0);
      return { entity, column, width, height, lines, x: columnRight[column]! - width, y: 0 };
    }),
  );
  const extra = (column: number) => (column === 1 && shown.event.length > 0 && agreements.length > 0 ? SUBHEADING_HEIGHT : 0);
  const content = (column: number) => sized[column]!.reduce((sum, node) => sum + node.height, 0) + extra(column);
  const gapsIn = (column: number) => Math.max(0, sized[column]!.length - 1);
  const bodyHeight = Math.max(
    120,
    ...sized.map((list, column) => content(column) + gapsIn(column) * MIN_GAP),
  );
  let subheadingY: number | undefined;
  let subheadingTop: number | undefined;
  for (const [column, list] of sized.entries()) {
    const gap = gapsIn(column) ? Math.min(MAX_GAP, (bodyHeight - content(column)) / gapsIn(column)) : 0;
    const used = content(column) + gap * gapsIn(column);
    let y = TOP + (bodyHeight - used) / 2;
    for (const node of list) {
      if (column === 1 && node.entity.type === "event" && subheadingY === undefined && extra(1)) {
        subheadingTop = y;
        subheadingY = y + SUBHEADING_HEIGHT / 2 + 4;
        y += SUBHEADING_HEIGHT;
      }
      node.y = y;
      y += node.height + gap;
    }
  }
  const height = Math.ceil(TOP + bodyHeight + 24);
  const nodes: MapNode[] = sized.flat();
  const byId = new Map(nodes.map((node) => [node.entity.id, node]));

  // Gaps of the middle column, through which edges between actors and terms pass.
  const middleNodes = sized[1]!;
  const gaps: { top: number; bottom: number; edges: { relation: Relation; want: number }[] }[] = [];
  let previousBottom = TOP - 6;
  const firstEvent = middleNodes.find((node) => node.entity.type === "event");
  for (const node of middleNodes) {
    // Above the first event, the gap ends where the events' heading begins.
    const bottom = node === firstEvent && subheadingTop !== undefined ? subheadingTop : node.y;
    gaps.push({ top: previousBottom, bottom, edges: [] });
    previousBottom = node.y + node.height;
  }
  gaps.push({ top: previousBottom, bottom: Math.max(previousBottom + 16, height - 4), edges: [] });
  const usableGaps = gaps.filter((gap) => gap.bottom - gap.top >= 8);

  const laneOf = new Map(agreements.map((agreement, index) => [agreement.id, index]));
  const edgeMarkup: string[] = [];
  /** Where a lane turns towards an agreement or an event: marked with a dot. */
  const junctions = new Set<string>();
  const throughMiddle: Relation[] = [];
  for (const relation of relations) {
    const a = byId.get(relation.from.id)!;
    const b = byId.get(relation.to.id)!;
    if (Math.abs(a.column - b.column) === 2) {
      throughMiddle.push(relation);
      continue;
    }
    let d: string;
    if (a.column === b.column) {
      // An event and an agreement, both in the middle column: each agreement has a lane of its own
      // beside the column, on the terms' side, from which a branch goes to each of its events.
      const [agreement, event] = a.entity.type === "agreement" ? [a, b] : [b, a];
      const lane = agreement.x - LANE_OFFSET - laneOf.get(agreement.entity.id)! * LANE_SPACING;
      d = `M${n(agreement.x)} ${n(centreY(agreement))}H${n(lane)}V${n(centreY(event))}H${n(event.x)}`;
      junctions.add(`${n(lane)} ${n(centreY(agreement))}`);
      junctions.add(`${n(lane)} ${n(centreY(event))}`);
    } else {
      const [rightNode, leftNode] = a.column < b.column ? [a, b] : [b, a];
      d = curve(rightNode.x, centreY(rightNode), leftNode.x + leftNode.width, centreY(leftNode));
    }
    edgeMarkup.push(edgePath(relation, d));
  }
  const ends = (relation: Relation) => {
    const [p, q] = [byId.get(relation.from.id)!, byId.get(relation.to.id)!];
    return p.column < q.column ? { right: p, left: q } : { right: q, left: p };
  };
  for (const relation of throughMiddle) {
    const { right: actor, left: term } = ends(relation);
    const want = (centreY(actor) + centreY(term)) / 2;
    let best = usableGaps[0]!;
    for (const gap of usableGaps) {
      if (Math.abs((gap.top + gap.bottom) / 2 - want) < Math.abs((best.top + best.bottom) / 2 - want)) best = gap;
    }
    best.edges.push({ relation, want });
  }
  const middleRight = columnRight[1]!;
  const middleLeft = middleRight - COLUMN_WIDTHS[1];
  for (const gap of usableGaps) {
    const lanes = gap.edges.slice().sort((p, q) => p.want - q.want);
    const step = Math.min(GAP_LANE, (gap.bottom - gap.top - 4) / Math.max(1, lanes.length));
    const first = (gap.top + gap.bottom) / 2 - (step * (lanes.length - 1)) / 2;
    lanes.forEach(({ relation }, index) => {
      const { right: actor, left: term } = ends(relation);
      const y = first + index * step;
      const d =
        curve(actor.x, centreY(actor), middleRight, y) +
        `L${n(middleLeft)} ${n(y)}` +
        curve(middleLeft, y, term.x + term.width, centreY(term)).replace(/^M[^C]*/, "");
      edgeMarkup.push(edgePath(relation, d));
    });
  }

  const title = `${idPrefix}-title`;
  const desc = `${idPrefix}-desc`;
  const counts = `${columns[0]!.length} ${TYPE_LABELS.actor.singular}، ${agreements.length} ${TYPE_LABELS.agreement.singular}، ${shown.event.length} ${TYPE_LABELS.event.singular}، ${terms.length} ${TYPE_LABELS.term.singular}، ${relations.length} علاقة`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="relationship-map__svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" direction="rtl" font-size="${FONT_SIZE}" role="group" aria-labelledby="${title}" aria-describedby="${desc}">`,
    `<title id="${title}">خريطة العلاقات</title>`,
    `<desc id="${desc}">${xml(`من اليمين إلى اليسار: ${TYPE_LABELS.actor.plural}، ثم ${TYPE_LABELS.agreement.plural} و${TYPE_LABELS.event.plural}، ثم ${TYPE_LABELS.term.plural}؛ ${counts}.`)}</desc>`,
    legend(),
    `<g class="map-headings">`,
    heading(columnRight[0]! - COLUMN_WIDTHS[0] / 2, HEADING_Y, TYPE_LABELS.actor.plural),
    heading(middleRight - COLUMN_WIDTHS[1] / 2, HEADING_Y, agreements.length ? TYPE_LABELS.agreement.plural : TYPE_LABELS.event.plural),
    subheadingY === undefined ? "" : heading(middleRight - COLUMN_WIDTHS[1] / 2, subheadingY, TYPE_LABELS.event.plural),
    heading(columnRight[2]! - COLUMN_WIDTHS[2] / 2, HEADING_Y, TYPE_LABELS.term.plural),
    `</g>`,
    `<g class="map-edges" fill="none" stroke="currentColor">`,
    ...edgeMarkup,
    ...[...junctions].map((point) => {
      const [x, y] = point.split(" ");
      return `<circle class="map-junction" cx="${x}" cy="${y}" r="3" fill="currentColor"/>`;
    }),
    `</g>`,
    `<g class="map-nodes">`,
    ...nodes.map(nodeMarkup),
    `</g>`,
    `</svg>`,
  ].join("\n");

  const isolated = nodes.map((node) => node.entity).filter((entity) => !linked.has(entity.id));
  return { svg, width: WIDTH, height, nodes, relations, neighbours, isolated, shown, omitted: candidates.length - nodes.length };
}

/**
 * The ids of the candidates drawn: all of them, or `max` of them grown from the most connected one,
 * each next the candidate with the most relations to those already chosen (then the most relations in
 * all, then the model's order), so that the map shows a connected core rather than scattered hubs.
 */
function mostConnected(candidates: Entity[], relations: Relation[], max: number): Set<string> {
  if (candidates.length <= max) return new Set(candidates.map((e) => e.id));
  const indexOf = new Map(candidates.map((entity, i) => [entity.id, i]));
  const neighbours: number[][] = candidates.map(() => []);
  for (const { from, to } of relations) {
    const [a, b] = [indexOf.get(from.id), indexOf.get(to.id)];
    if (a === undefined || b === undefined) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const toChosen = new Int32Array(candidates.length);
  const chosen = new Uint8Array(candidates.length);
  const ids = new Set<string>();
  while (ids.size < max) {
    let best = -1;
    for (let i = 0; i < candidates.length; i += 1) {
      if (chosen[i]) continue;
      if (best === -1 || toChosen[i]! > toChosen[best]! || (toChosen[i] === toChosen[best] && neighbours[i]!.length > neighbours[best]!.length)) best = i;
    }
    chosen[best] = 1;
    ids.add(candidates[best]!.id);
    for (const n of neighbours[best]!) toChosen[n]! += 1;
  }
  return ids;
}

/** The relations, deduplicated, in a fixed order: by kind, then by the model's order of their ends. */
export function collectRelations(model: FactSheet): Relation[] {
  const seen = new Set<string>();
  const relations: Relation[] = [];
  const add = (kind: RelationKind, from: Entity, to: Entity) => {
    const key = `${from.id} ${to.id}`;
    if (from.id === to.id || seen.has(key)) return;
    seen.add(key);
    relations.push({ kind, from, to });
  };
  for (const agreement of model.agreements) for (const actor of agreement.parties) add("party", actor, agreement);
  for (const event of model.events) for (const actor of event.actors) add("participant", actor, event);
  for (const event of model.events) for (const agreement of event.agreements) add("concerns", event, agreement);
  for (const term of model.terms) {
    for (const other of term.related) if (other.type !== "term") add("term", term, other);
  }
  for (const other of [...model.actors, ...model.agreements, ...model.events]) {
    for (const term of other.related) if (term.type === "term") add("term", term, other);
  }
  const order = new Map(model.entities.map((entity, index) => [entity.id, index]));
  return relations.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      order.get(a.to.id)! - order.get(b.to.id)! ||
      order.get(a.from.id)! - order.get(b.from.id)!,
  );
}

function neighboursOf(model: FactSheet, relations: Relation[]): Record<string, Neighbours> {
  const result: Record<string, Neighbours> = {};
  for (const entity of model.entities) result[entity.id] = { actor: [], agreement: [], event: [], term: [] };
  for (const { from, to } of relations) {
    (result[from.id]![to.type] as Entity[]).push(to);
    (result[to.id]![from.type] as Entity[]).push(from);
  }
  const order = new Map(model.entities.map((entity, index) => [entity.id, index]));
  for (const lists of Object.values(result)) {
    for (const type of Object.keys(lists) as EntityType[]) {
      (lists[type] as Entity[]).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    }
  }
  return result;
}

/** Escapes text for XML (and HTML): the five special characters, and drops the control characters XML 1.0 forbids. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Escapes a line and marks each Latin run (an English name, an acronym) as English, as the pages' <bdi lang="en"> do. */
function isolateLatin(text: string): string {
  let markup = "";
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    markup += xml(text.slice(last, match.index)) + `<tspan class="map-latin" lang="en">${xml(match[0])}</tspan>`;
    last = match.index + match[0].length;
  }
  return markup + xml(text.slice(last));
}

/**
 * Breaks a name into at most three lines that fit `width` by an estimate of
 * its characters' advance; a word longer than a line is cut, and a name too
 * long for three lines ends in an ellipsis.
 */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const capacity = Math.max(1, Math.floor(width / (fontSize * CHAR_EM)));
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => {
    const chars = [...word];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += capacity) pieces.push(chars.slice(i, i + capacity).join(""));
    return pieces;
  });
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= capacity) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  const last = [...kept[MAX_LINES - 1]!];
  kept[MAX_LINES - 1] = last.slice(0, Math.max(0, capacity - 1)).join("") + "…";
  return kept;
}

function nodeMarkup(node: MapNode): string {
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
    `<a class="map-node map-node--${entity.type}" href="${xml(entity.url)}" data-id="${xml(entity.id)}" aria-label="${xml(label)}">` +
    `<title>${xml(entity.description)}</title>` +
    `<rect class="map-node__box" x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(radius)}" fill="#fff" stroke="#666"/>` +
    `<text class="map-node__name" text-anchor="middle" dominant-baseline="central">${tspans}</text>` +
    date +
    `</a>`
  );
}

function edgePath(relation: Relation, d: string): string {
  return `<path class="map-edge map-edge--${relation.kind}" data-from="${xml(relation.from.id)}" data-to="${xml(relation.to.id)}" d="${d}"/>`;
}

function heading(x: number, y: number, text: string): string {
  return `<text class="map-heading" x="${n(x)}" y="${n(y)}" text-anchor="middle" dominant-baseline="central" font-size="16" font-weight="700">${xml(text)}</text>`;
}

/** A row of samples of the four kinds of edge, from the right. */
function legend(): string {
  const parts: string[] = [`<g class="map-legend" font-size="13">`];
  let x = WIDTH - MARGIN;
  for (const kind of Object.keys(RELATION_LABELS) as RelationKind[]) {
    const label = RELATION_LABELS[kind];
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

/** A cubic curve from (x1, y1) to (x2, y2), level at both ends. */
function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${n(x1)} ${n(y1)}C${n(mid)} ${n(y1)} ${n(mid)} ${n(y2)} ${n(x2)} ${n(y2)}`;
}

function centreY(node: MapNode): number {
  return node.y + node.height / 2;
}

/** A coordinate with at most one decimal, so that the output is small and the same on every run. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.POSITIVE_INFINITY;
}

/** Sorts by a numeric key, keeping the current order among equal keys (entities without a key go last). */
function stableSortBy<T>(list: readonly T[], key: (item: T) => number): T[] {
  return list
    .map((item, index) => ({ item, index, key: key(item) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ item }) => item);
}
