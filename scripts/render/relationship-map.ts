/**
 * The relationship map (/map/): which actors are party to which agreements
 * and take part in which events, which agreements the events concern, and
 * which terms belong to them; drawn at build time as an SVG that reads right
 * to left, every node a link to its entity's page.
 *
 * Three steps, a module each under relationship-map/: choose what is drawn
 * (selection.ts), place it (layout.ts, routes.ts), write the SVG (svg.ts).
 * A pure function of the model: the same model gives the same SVG, byte for
 * byte.
 */
import type { Entity, FactSheet } from "../data/link.ts";
import { WIDTH, type MapNode } from "./relationship-map/geometry.ts";
import { layOutMap } from "./relationship-map/layout.ts";
import { routeEdges } from "./relationship-map/routes.ts";
import { selectMapEntities, type Neighbours, type Relation } from "./relationship-map/selection.ts";
import { mapSvg } from "./relationship-map/svg.ts";

export type { MapNode } from "./relationship-map/geometry.ts";
export { wrap } from "./relationship-map/layout.ts";
export { collectRelations, type Neighbours, type Relation, type RelationKind } from "./relationship-map/selection.ts";
export { relationLabels } from "./relationship-map/svg.ts";

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
  /** The base path the site is served under, for the nodes' links; "/" unless given. */
  base?: string;
}

/**
 * The most nodes the map draws. A dossier of thousands of entities would give
 * a map no one can read and a page of many megabytes; past this many, the map
 * draws a connected core of the most connected entities, and each entity's
 * page lists its own relations.
 */
export const MAX_NODES = 90;

/** Computes the map's relations and draws it. */
export function relationshipMap(model: FactSheet, options: RelationshipMapOptions = {}): RelationshipMap {
  const selection = selectMapEntities(model, options.maxNodes ?? MAX_NODES);
  const layout = layOutMap(model, selection);
  const { relations, neighbours, shown, linked, omitted } = selection;
  const svg = mapSvg(options.idPrefix ?? "relationship-map", layout, routeEdges(layout, relations), relations, options.base ?? "/");
  const nodes = layout.columns.flat();
  const isolated = nodes.map((node) => node.entity).filter((entity) => !linked.has(entity.id));
  return { svg, width: WIDTH, height: layout.height, nodes, relations, neighbours, isolated, shown, omitted };
}
