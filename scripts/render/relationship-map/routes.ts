/**
 * The paths of the map's edges. Neighbouring columns are joined by a curve. An
 * edge between actors and terms passes through a gap of the middle column
 * rather than behind its nodes, edges sharing a gap a few units apart; an
 * event's link to an agreement, both in the middle column, runs along the
 * agreement's own lane beside the column, its turns marked with a dot.
 */
import { centreY, COLUMN_WIDTHS, curve, GAP_LANE, LANE_OFFSET, LANE_SPACING, n, TOP, type MapNode } from "./geometry.ts";
import type { MapLayout } from "./layout.ts";
import type { Relation } from "./selection.ts";

export interface EdgeRoute {
  relation: Relation;
  /** The SVG path data. */
  d: string;
}

export interface MapRoutes {
  /** Edges between neighbouring columns and within the middle, in the relations' order, then those through the middle, gap by gap. */
  edges: EdgeRoute[];
  /** Where a lane turns towards an agreement or an event, as "x y". */
  junctions: string[];
}

interface Gap {
  top: number;
  bottom: number;
  edges: { relation: Relation; want: number }[];
}

export function routeEdges(layout: MapLayout, relations: readonly Relation[]): MapRoutes {
  const byId = new Map(layout.columns.flat().map((node) => [node.entity.id, node]));
  const ends = (relation: Relation) => {
    const [p, q] = [byId.get(relation.from.id)!, byId.get(relation.to.id)!];
    return p.column < q.column ? { right: p, left: q } : { right: q, left: p };
  };
  const lanes = new Map(layout.columns[1]!.filter((node) => node.entity.type === "agreement").map((node, index) => [node.entity.id, index]));
  const edges: EdgeRoute[] = [];
  const junctions = new Set<string>();
  const throughMiddle: Relation[] = [];
  for (const relation of relations) {
    const { right, left } = ends(relation);
    if (left.column - right.column === 2) throughMiddle.push(relation);
    else if (left.column === right.column) edges.push({ relation, d: alongLane(right, left, lanes, junctions) });
    else edges.push({ relation, d: curve(right.x, centreY(right), left.x + left.width, centreY(left)) });
  }
  const gaps = middleGaps(layout);
  for (const relation of throughMiddle) {
    const { right: actor, left: term } = ends(relation);
    const want = (centreY(actor) + centreY(term)) / 2;
    nearestGap(gaps, want).edges.push({ relation, want });
  }
  const middleRight = layout.columnRight[1]!;
  for (const gap of gaps) edges.push(...throughGap(gap, middleRight, middleRight - COLUMN_WIDTHS[1], ends));
  return { edges, junctions: [...junctions] };
}

/**
 * An event and an agreement, both in the middle column: each agreement has a lane of its own beside
 * the column, on the terms' side, from which a branch goes to each of its events.
 */
function alongLane(a: MapNode, b: MapNode, lanes: Map<string, number>, junctions: Set<string>): string {
  const [agreement, event] = a.entity.type === "agreement" ? [a, b] : [b, a];
  const lane = agreement.x - LANE_OFFSET - lanes.get(agreement.entity.id)! * LANE_SPACING;
  junctions.add(`${n(lane)} ${n(centreY(agreement))}`);
  junctions.add(`${n(lane)} ${n(centreY(event))}`);
  return `M${n(agreement.x)} ${n(centreY(agreement))}H${n(lane)}V${n(centreY(event))}H${n(event.x)}`;
}

/** The gaps of the middle column wide enough to pass through: between its nodes, and below the last. */
function middleGaps({ columns, height, subheading }: MapLayout): Gap[] {
  const middle = columns[1]!;
  const firstEvent = middle.find((node) => node.entity.type === "event");
  const gaps: Gap[] = [];
  let previousBottom = TOP - 6;
  for (const node of middle) {
    // Above the first event, the gap ends where the events' heading begins.
    const bottom = node === firstEvent && subheading !== undefined ? subheading.top : node.y;
    gaps.push({ top: previousBottom, bottom, edges: [] });
    previousBottom = node.y + node.height;
  }
  gaps.push({ top: previousBottom, bottom: Math.max(previousBottom + 16, height - 4), edges: [] });
  return gaps.filter((gap) => gap.bottom - gap.top >= 8);
}

/** The gap whose middle is nearest `want` (the first of equals). */
function nearestGap(gaps: Gap[], want: number): Gap {
  let best = gaps[0]!;
  for (const gap of gaps) {
    if (Math.abs((gap.top + gap.bottom) / 2 - want) < Math.abs((best.top + best.bottom) / 2 - want)) best = gap;
  }
  return best;
}

/** The edges of one gap, each on its own line through it, ordered as their ends are. */
function throughGap(gap: Gap, middleRight: number, middleLeft: number, ends: (relation: Relation) => { right: MapNode; left: MapNode }): EdgeRoute[] {
  const lanes = gap.edges.slice().sort((p, q) => p.want - q.want);
  const step = Math.min(GAP_LANE, (gap.bottom - gap.top - 4) / Math.max(1, lanes.length));
  const first = (gap.top + gap.bottom) / 2 - (step * (lanes.length - 1)) / 2;
  return lanes.map(({ relation }, index) => {
    const { right: actor, left: term } = ends(relation);
    const y = first + index * step;
    const d =
      curve(actor.x, centreY(actor), middleRight, y) +
      `L${n(middleLeft)} ${n(y)}` +
      curve(middleLeft, y, term.x + term.width, centreY(term)).replace(/^M[^C]*/, "");
    return { relation, d };
  });
}
