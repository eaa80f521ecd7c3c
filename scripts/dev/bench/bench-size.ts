/**
 * One size of the bench: generate its data, then build ours and the floor,
 * run after run, alternating, so that whatever else the machine is doing
 * weighs on both alike.
 */
import { join } from "node:path";
import { generateFactSheet, writeFactSheet, type SyntheticFactSheet } from "../generate-data.ts";
import { buildFloor, writeFloorProject } from "./floor-build.ts";
import { megabytes, seconds, thousands } from "./format.ts";
import { buildOurs } from "./our-build.ts";
import { peakCell, type SizeResult } from "./tables.ts";

export interface SizePlan {
  entities: number;
  runs: number;
  seed: number;
  /** The folder the size's data, output and floor project go in. */
  root: string;
  /** When the whole bench must end: later runs are dropped to stay within it. */
  deadline: number;
  log: (message: string) => void;
}

export interface SizeRun {
  result: SizeResult;
  sheet: SyntheticFactSheet;
  /** Our build's output, left in place for the search measure. */
  ourOutput: string;
  floorProject: string;
}

export async function benchSize({ entities, runs, seed, root, deadline, log }: SizePlan): Promise<SizeRun> {
  const { sheet, generateMs, dataBytes, dataDir } = generate(entities, seed, root, log);
  const result: SizeResult = { entities, pages: 0, generateMs, dataBytes, ours: [], floor: [] };
  const ourOutput = join(root, `ours-${entities}`);
  const floorProject = join(root, `floor-${entities}`);
  for (let r = 0; r < runs; r += 1) {
    const runStarted = performance.now();
    const ours = await buildOurs(dataDir, ourOutput);
    result.ours.push(ours);
    log(
      `  ours  #${r + 1}: ${seconds(ours.wallMs)} s, ${ours.phases.pages} pages, peak ${peakCell([ours])} MB ` +
        `(load ${seconds(ours.phases.load)}, render ${seconds(ours.phases.render)}, index ${seconds(ours.phases.searchRecords + ours.phases.pagefind)} s; ` +
        `Pagefind ${seconds(ours.phases.pagefindAlongside)} s alongside rendering)`,
    );
    if (r === 0) {
      result.pages = ours.phases.pages;
      writeFloorProject(floorProject, sheet, result.pages);
    }
    const floor = await buildFloor(floorProject, join(floorProject, "_site"));
    result.floor.push(floor);
    log(`  floor #${r + 1}: ${seconds(floor.wallMs)} s (Eleventy ${seconds(floor.eleventyMs)} + Pagefind ${seconds(floor.pagefindMs)}), ${floor.pages} pages`);
    const runMs = performance.now() - runStarted;
    const left = deadline - performance.now();
    if (r + 1 < runs && runMs > left) {
      log(`  another run of N=${thousands(entities)} would take ~${seconds(runMs)} s, more than the ${seconds(left)} s left of the budget: stopping at ${r + 1}`);
      break;
    }
  }
  return { result, sheet, ourOutput, floorProject };
}

/** Generates and writes the size's data folder (not counted in the build times). */
function generate(entities: number, seed: number, root: string, log: (message: string) => void) {
  const dataDir = join(root, `data-${entities}`);
  const generated = performance.now();
  const sheet = generateFactSheet({ entities, seed });
  const dataBytes = Object.values(writeFactSheet(dataDir, sheet)).reduce((a, b) => a + b, 0);
  const generateMs = performance.now() - generated;
  const c = sheet.counts;
  log(
    `N=${thousands(entities)}: generated ${c.term} terms, ${c.actor} actors, ${c.agreement} agreements, ${c.event} events, ` +
      `${c.notes} notes, ${c.paragraphs} paragraphs (${megabytes(dataBytes)} MB of YAML) in ${seconds(generateMs)} s`,
  );
  for (const [file, count] of Object.entries(sheet.folders)) {
    log(`  ${file} would be over the loader's size limit a file: written as a folder of ${count} files`);
  }
  return { sheet, generateMs, dataBytes, dataDir };
}
