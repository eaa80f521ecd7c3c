/**
 * How many of each thing a synthetic data folder holds: the entities spread
 * over the types in the proportions of a real data folder (read with the
 * project's loader), notes and source paragraphs in the same proportion.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES, type EntityType } from "../../data/entity-types.ts";
import { loadList } from "../../data/list-folders.ts";
import { loadYamlFile } from "../../data/load-yaml.ts";
import type { ListFileName } from "../../data/schema.ts";

export const REAL_DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));

/** How a data folder's content is divided, relative to its entity count. */
export interface Proportions {
  /** Share of the entities of each type; sums to 1. */
  types: Record<EntityType, number>;
  /** Editorial notes per entity. */
  notes: number;
  /** Source paragraphs per entity. */
  paragraphs: number;
  /** Where the proportions come from, for the report. */
  from: string;
}

/** Used when there is no real data to count. */
export const DEFAULT_PROPORTIONS: Proportions = {
  types: { term: 0.45, actor: 0.3, agreement: 0.12, event: 0.13 },
  notes: 0.2,
  paragraphs: 0.16,
  from: "built-in defaults",
};

/** The length of a data file's list (or its folder's), or undefined when it cannot be read or is no list. */
function listLength(dir: string, file: ListFileName): number | undefined {
  const result = loadList(dir, file, (path) => path);
  return result.ok && Array.isArray(result.list.value) ? result.list.value.length : undefined;
}

/** The proportions of a data folder (the real one by default); the defaults when it cannot be read. */
export function readProportions(dir: string = REAL_DATA_DIR): Proportions {
  const counts = ENTITY_TYPES.map(({ type, file }) => [type, listLength(dir, file)] as const);
  const notes = listLength(dir, "notes.yaml");
  const source = loadYamlFile(join(dir, "source.yaml"));
  const paragraphs = source.ok && Array.isArray(source.yaml.value) ? source.yaml.value.length : undefined;
  if (counts.some(([, n]) => n === undefined || n === 0) || notes === undefined || paragraphs === undefined) {
    return DEFAULT_PROPORTIONS;
  }
  const total = counts.reduce((sum, [, n]) => sum + n!, 0);
  return {
    types: Object.fromEntries(counts.map(([type, n]) => [type, n! / total])) as Record<EntityType, number>,
    notes: notes / total,
    paragraphs: paragraphs / total,
    from: `${dir} (${counts.map(([type, n]) => `${n} ${type}s`).join(", ")}, ${notes} notes, ${paragraphs} paragraphs)`,
  };
}

/** The smallest count of each type the format allows: two actors for the home page's two positions. */
const MINIMUM: Record<EntityType, number> = { term: 1, actor: 2, agreement: 1, event: 1 };
export const MIN_ENTITIES = Object.values(MINIMUM).reduce((a, b) => a + b, 0);

/** N split over the types by largest remainder; a type below its minimum takes from the largest. */
export function apportion(entities: number, shares: Record<EntityType, number>): Record<EntityType, number> {
  const types = Object.keys(shares) as EntityType[];
  const exact = types.map((type) => shares[type] * entities);
  const counts = exact.map(Math.floor);
  let left = entities - counts.reduce((a, b) => a + b, 0);
  const order = types.map((_, i) => i).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  types.forEach((type, i) => {
    while (counts[i]! < MINIMUM[type]) {
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest]! -= 1;
      counts[i]! += 1;
    }
  });
  return Object.fromEntries(types.map((type, i) => [type, counts[i]!])) as Record<EntityType, number>;
}
