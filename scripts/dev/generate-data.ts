/**
 * `npm run generate -- --entities N --out DIR [--seed S]`: writes a synthetic
 * data folder of the project's format (the seven YAML files) with N entities,
 * for benchmarks and for tests of the build at sizes the real data never has.
 *
 * - The entities are spread over terms, actors, agreements and events in the
 *   proportions of the real data (counted in data/*.yaml at run time; fixed
 *   proportions when there is no data folder); notes and source paragraphs
 *   grow in the same proportion to the entities.
 * - Text is built from a small Arabic vocabulary: a few hundred real words and
 *   a long tail of words formed from Arabic roots and patterns, drawn with a
 *   Zipf distribution, so that word frequencies (and so the search index) look
 *   like those of real prose. Field lengths follow the real data's (words per
 *   definition, body, summary, statement…), measured when this was written.
 * - Prose mentions other entities by name, as real prose does; names share
 *   their first words ("وزارة …", "اللجنة …") as real names do.
 * - Every run with the same N and seed writes the same bytes (seeded PRNG).
 * - A list whose file would pass the loader's size limit (MAX_FILE_BYTES in
 *   load-yaml.ts, 16 MB) is written as a folder of files instead (terms/001.yaml,
 *   …, each up to half the limit), which the loader reads as one list, and the
 *   run says so: at 10,000 entities terms.yaml is ~5.9 MB, within it; at
 *   100,000 the terms take a folder. The other form of a list left in the
 *   output folder by an earlier run is removed.
 *
 * The result is meant to validate with the project's own loader
 * (`loadFactSheet`); test/scripts/dev/generate-data.test.ts checks that it does.
 * The generator itself is in generate-data/: proportions, random, vocabulary,
 * writer (prose), cast (ids and names), fact-dates, file-draw, entity-files,
 * site-file, yaml-files (the YAML, and a list's folder), and fact-sheet, which
 * puts them together.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { exitWithUsageError as stop, readCommandLine, type OptionTable } from "../command-line.ts";
import { listFolderName } from "../data/list-folders.ts";
import { MAX_FILE_BYTES } from "../data/load-yaml.ts";
import type { FileName, ListFileName } from "../data/schema.ts";
import { generateData } from "./generate-data/fact-sheet.ts";

export { generateData, generateFactSheet, writeFactSheet, type GenerateOptions, type SyntheticFactSheet, type SyntheticFiles } from "./generate-data/fact-sheet.ts";
export { FOLDER_FILE_SHARE } from "./generate-data/yaml-files.ts";
export { apportion, DEFAULT_PROPORTIONS, MIN_ENTITIES, readProportions, REAL_DATA_DIR, type Proportions } from "./generate-data/proportions.ts";

const COMMAND = "npm run generate";

const OPTIONS = {
  entities: { type: "string", short: "n", value: "N", help: "how many entities to write (terms, actors, agreements and events together)" },
  out: { type: "string", short: "o", value: "FOLDER", help: "the data folder to write (made if missing)" },
  seed: { type: "string", value: "S", help: "the random seed: the same N and seed give the same bytes (default: 1)" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

async function main(): Promise<void> {
  const values = readCommandLine(COMMAND, OPTIONS, {
    usage: `${COMMAND} -- --entities N --out FOLDER [--seed S]`,
    description: ["Writes a synthetic data folder of N entities in the real data's proportions, for benchmarks."],
  });
  const entities = Number(values.entities);
  const seed = Number(values.seed ?? "1");
  if (values.entities === undefined || values.out === undefined) stop(`${COMMAND}: --entities and --out are both needed, as in ${COMMAND} -- --entities 1000 --out /tmp/data`);
  if (!Number.isInteger(entities) || entities < 1) stop(`${COMMAND}: --entities takes a whole number, not ${JSON.stringify(values.entities)}`);
  if (!Number.isInteger(seed)) stop(`${COMMAND}: --seed takes a whole number, not ${JSON.stringify(values.seed)}`);
  const started = performance.now();
  const { sheet, sizes } = generateData({ entities, seed, out: values.out });
  const c = sheet.counts;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  process.stdout.write(
    [
      `Wrote ${entities} entities into ${resolve(values.out)} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
      `  ${c.term} terms, ${c.actor} actors, ${c.agreement} agreements, ${c.event} events; ${c.notes} notes; ${c.paragraphs} source paragraphs`,
      `  proportions from ${sheet.proportions.from}`,
      `  ${(total / 1024).toFixed(0)} kB: ${Object.entries(sizes).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} kB`).join(", ")}`,
      ...Object.entries(sheet.folders).map(
        ([file, count]) =>
          `  note: ${file} would be ${(sizes[file as FileName] / 1024 / 1024).toFixed(1)} MB, over the loader's limit of ${MAX_FILE_BYTES / 1024 / 1024} MB a file (MAX_FILE_BYTES in scripts/data/load-yaml.ts): written as ${listFolderName(file as ListFileName)}/ in ${count} files`,
      ),
      "",
    ].join("\n"),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
