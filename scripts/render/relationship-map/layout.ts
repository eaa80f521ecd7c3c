/**
 * Where the map's nodes go. Three columns, right to left: actors | agreements,
 * then events | terms. The middle column holds the agreements (ordered by the
 * events that concern them) and below them the events in chronological order;
 * actors and terms are ordered to sit near what they are linked to (a few
 * barycentre sweeps), so that edges cross less. Every column is spread over
 * the height of the tallest.
 */
import type { Entity, FactSheet } from "../../data/link.ts";
import {
  CHAR_EM,
  COLUMN_WIDTHS,
  DATE_LINE_HEIGHT,
  FONT_SIZE,
  LINE_HEIGHT,
  MARGIN,
  MAX_GAP,
  MAX_LINES,
  MIN_GAP,
  PAD_X,
  PAD_Y,
  SUBHEADING_HEIGHT,
  TOP,
  WIDTH,
  type MapNode,
} from "./geometry.ts";
import type { MapSelection } from "./selection.ts";

export interface MapLayout {
  /** The nodes by column, each top to bottom: actors, then agreements and events, then terms. */
  columns: MapNode[][];
  /** The right edge of each column. */
  columnRight: number[];
  height: number;
  /** The events' heading in the middle column, when it holds agreements and events: where its space begins, and its text's line. */
  subheading?: { top: number; y: number };
}

export function layOutMap(model: FactSheet, selection: MapSelection): MapLayout {
  return placeColumns(orderColumns(model, selection));
}

/** The entities of each column, in the order drawn. */
function orderColumns(model: FactSheet, { shown, relations, neighbours }: MapSelection): Entity[][] {
  const eventOrder = new Map(model.events.map((event, index) => [event.id, index]));
  const agreements = stableSortBy(shown.agreement, (agreement) => mean(neighbours[agreement.id]!.event.map((event) => eventOrder.get(event.id)!)));
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
  return [actors, middle, terms];
}

/** Node sizes, then vertical placement: every column spread over the height of the tallest. */
function placeColumns(columns: Entity[][]): MapLayout {
  const columnRight = columnEdges();
  const sized = columns.map((list, column) => list.map((entity) => sizedNode(entity, column, columnRight[column]!)));
  const middle = columns[1]!;
  const hasSubheading = middle.some((e) => e.type === "event") && middle.some((e) => e.type === "agreement");
  const extra = (column: number) => (column === 1 && hasSubheading ? SUBHEADING_HEIGHT : 0);
  const content = (column: number) => sized[column]!.reduce((sum, node) => sum + node.height, 0) + extra(column);
  const gapsIn = (column: number) => Math.max(0, sized[column]!.length - 1);
  const bodyHeight = Math.max(120, ...sized.map((list, column) => content(column) + gapsIn(column) * MIN_GAP));
  let subheading: MapLayout["subheading"];
  for (const [column, list] of sized.entries()) {
    const gap = gapsIn(column) ? Math.min(MAX_GAP, (bodyHeight - content(column)) / gapsIn(column)) : 0;
    const used = content(column) + gap * gapsIn(column);
    let y = TOP + (bodyHeight - used) / 2;
    for (const node of list) {
      if (column === 1 && node.entity.type === "event" && subheading === undefined && extra(1)) {
        subheading = { top: y, y: y + SUBHEADING_HEIGHT / 2 + 4 };
        y += SUBHEADING_HEIGHT;
      }
      node.y = y;
      y += node.height + gap;
    }
  }
  return { columns: sized, columnRight, height: Math.ceil(TOP + bodyHeight + 24), subheading };
}

/** The right edge of each column, right to left, with equal gutters between them. */
function columnEdges(): number[] {
  const edges: number[] = [];
  let right = WIDTH - MARGIN;
  const gutter = (WIDTH - 2 * MARGIN - COLUMN_WIDTHS.reduce((a, b) => a + b, 0)) / 2;
  for (const width of COLUMN_WIDTHS) {
    edges.push(right);
    right -= width + gutter;
  }
  return edges;
}

/** A node with its name wrapped and its size, not yet placed vertically. */
function sizedNode(entity: Entity, column: number, right: number): MapNode {
  const width = COLUMN_WIDTHS[column as 0 | 1 | 2];
  const lines = wrap(entity.name, width - 2 * PAD_X, FONT_SIZE);
  const height = 2 * PAD_Y + lines.length * LINE_HEIGHT + (entity.type === "event" ? DATE_LINE_HEIGHT : 0);
  return { entity, column, width, height, lines, x: right - width, y: 0 };
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
