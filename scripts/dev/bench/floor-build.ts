/**
 * The floor: the same number of pages with bare Eleventy (a throwaway project:
 * one trivial .njk template paginating over the same records as JSON, no
 * layouts, no plugins, run with this project's Eleventy CLI), then a bare
 * Pagefind run over that output (Node API, addDirectory).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES } from "../../data/entity-types.ts";
import type { SyntheticFactSheet } from "../generate-data.ts";
import { check, folderBytes, run } from "./processes.ts";

const ELEVENTY_CLI = fileURLToPath(new URL("../../../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));

const FLOOR_TEMPLATE = `---
pagination:
  data: records
  size: 1
  alias: record
permalink: "{{ record.url }}index.html"
---
<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{ record.name }}</title></head>
<body><main><h1>{{ record.name }}</h1>{% for text in record.text %}<p>{{ text }}</p>{% endfor %}</main></body></html>
`;

/** Pagefind on its own: index a folder of HTML, as its CLI would. Run as a child with the URL of this project's pagefind. */
const FLOOR_PAGEFIND = `
const pagefind = await import(process.argv[1]);
const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(errors.join("; "));
const added = await index.addDirectory({ path: process.argv[2] });
if (added.errors.length) throw new Error(added.errors.join("; "));
const written = await index.writeFiles({ outputPath: process.argv[2] + "/pagefind" });
if (written.errors.length) throw new Error(written.errors.join("; "));
await pagefind.close();
process.stdout.write(JSON.stringify({ pages: added.page_count }));
`;

/** Fields that hold ids, not text. */
const REFERENCE_FIELDS = new Set(["id", "related", "parties", "actors", "agreements", "speaker", "cite", "paragraph"]);

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => (REFERENCE_FIELDS.has(key) ? [] : texts(child)));
  }
  return [];
}

/** One record per page ours writes: the entities, then notes for the few pages that are not an entity's. */
function floorRecords(sheet: SyntheticFactSheet, pages: number): { url: string; name: string; text: string[] }[] {
  const entities = ENTITY_TYPES.flatMap(({ file, folder }) =>
    (sheet.files[file] as { id: string; name: string }[]).map((entity) => ({ url: `/${folder}/${entity.id}/`, name: entity.name, text: texts(entity).slice(1) })),
  );
  const extra = sheet.files["notes.yaml"].map((note) => ({ url: `/notes/${note.id}/`, name: note.title, text: texts(note).slice(1) }));
  return [...entities, ...extra].slice(0, pages);
}

/** Writes the floor's throwaway project: its one template, and a record for each of the `pages` pages ours wrote. */
export function writeFloorProject(project: string, sheet: SyntheticFactSheet, pages: number): void {
  mkdirSync(join(project, "src/_data"), { recursive: true });
  writeFileSync(join(project, "src/page.njk"), FLOOR_TEMPLATE);
  writeFileSync(join(project, "src/_data/records.json"), JSON.stringify(floorRecords(sheet, pages)));
}

export interface FloorRun {
  eleventyMs: number;
  pagefindMs: number;
  wallMs: number;
  cpuMs?: number;
  /** CPU time of each program over both steps: Eleventy's Node (and the Node that drives Pagefind), Pagefind's binary. */
  programCpuMs: Record<string, number>;
  /** The higher of the two steps' peaks (they run one after the other). */
  peakBytes: number;
  pages: number;
  outputBytes: number;
  indexBytes: number;
}

export async function buildFloor(project: string, output: string): Promise<FloorRun> {
  rmSync(output, { recursive: true, force: true });
  const eleventy = check(await run(process.execPath, [ELEVENTY_CLI, "--input=src", `--output=${output}`, "--quiet"], { cwd: project }), "Bare Eleventy");
  const pagefind = check(
    await run(process.execPath, ["--input-type=module", "-e", FLOOR_PAGEFIND, import.meta.resolve("pagefind"), output], { cwd: project }),
    "Bare Pagefind",
  );
  const { pages } = JSON.parse(pagefind.stdout) as { pages: number };
  return {
    eleventyMs: eleventy.wallMs,
    pagefindMs: pagefind.wallMs,
    wallMs: eleventy.wallMs + pagefind.wallMs,
    cpuMs: eleventy.cpuMs !== undefined && pagefind.cpuMs !== undefined ? eleventy.cpuMs + pagefind.cpuMs : undefined,
    programCpuMs: addByProgram(eleventy.programCpuMs, pagefind.programCpuMs),
    peakBytes: Math.max(eleventy.treePeakBytes, pagefind.treePeakBytes),
    pages,
    outputBytes: folderBytes(output),
    indexBytes: folderBytes(join(output, "pagefind")),
  };
}

function addByProgram(...times: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const byProgram of times) for (const [program, ms] of Object.entries(byProgram)) sum[program] = (sum[program] ?? 0) + ms;
  return sum;
}
