/**
 * A whole synthetic data folder: the cast first, then each file from its own
 * random stream, written as YAML, and written again with shorter prose when it
 * would pass the loader's size limit.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import type { EntityType } from "../../data/entity-types.ts";
import { MAX_FILE_BYTES } from "../../data/load-yaml.ts";
import type { ActorData, AgreementData, EventData, FileName, NoteData, Paragraph, SiteData, TermData } from "../../data/schema.ts";
import { castEntities, type Cast } from "./cast.ts";
import { makeActors, makeAgreements, makeEvents, makeNotes, makeSource, makeTerms } from "./entity-files.ts";
import { FileDraw } from "./file-draw.ts";
import { apportion, MIN_ENTITIES, readProportions, type Proportions } from "./proportions.ts";
import { Random, streamSeed } from "./random.ts";
import { makeSite } from "./site-file.ts";
import { Vocabulary } from "./vocabulary.ts";

export interface GenerateOptions {
  entities: number;
  seed?: number;
  proportions?: Proportions;
  /**
   * The largest file the loader accepts (load-yaml.ts's MAX_FILE_BYTES by
   * default): a file that would be larger is written again with shorter prose.
   */
  maxFileBytes?: number;
}

export interface SyntheticFiles {
  "site.yaml": SiteData;
  "source.yaml": Paragraph[];
  "terms.yaml": Omit<TermData, "search_aliases">[];
  "actors.yaml": Omit<ActorData, "search_aliases">[];
  "agreements.yaml": Omit<AgreementData, "search_aliases">[];
  "events.yaml": EventData[];
  "notes.yaml": NoteData[];
}

export interface SyntheticFactSheet {
  files: SyntheticFiles;
  /** Each file as YAML, as it is written. */
  yaml: Record<FileName, string>;
  counts: Record<EntityType | "notes" | "paragraphs", number>;
  /** Files whose prose had to be shortened to stay under the size limit, with the factor applied. */
  shortened: Partial<Record<FileName, { factor: number; fullBytes: number }>>;
  proportions: Proportions;
}

/** Each file's writer, in the order they are written. */
const FILE_MAKERS: { [F in FileName]: (draw: FileDraw) => SyntheticFiles[F] } = {
  "site.yaml": makeSite,
  "source.yaml": makeSource,
  "terms.yaml": makeTerms,
  "actors.yaml": makeActors,
  "agreements.yaml": makeAgreements,
  "events.yaml": makeEvents,
  "notes.yaml": makeNotes,
};

export function generateFactSheet(options: GenerateOptions): SyntheticFactSheet {
  const { entities, seed = 1, maxFileBytes = MAX_FILE_BYTES } = options;
  if (!Number.isInteger(entities) || entities < MIN_ENTITIES) {
    throw new Error(`--entities must be a whole number of at least ${MIN_ENTITIES} (a term, two actors, an agreement, an event)`);
  }
  const proportions = options.proportions ?? readProportions();
  const counts = apportion(entities, proportions.types);
  const noteCount = Math.max(1, Math.round(entities * proportions.notes));
  const paragraphCount = Math.max(3, Math.round(entities * proportions.paragraphs));
  const vocabulary = new Vocabulary(new Random(streamSeed(seed, "vocabulary")));
  const cast = castEntities(seed, vocabulary, counts, noteCount, paragraphCount);

  const files = {} as Record<FileName, unknown>;
  const yaml = {} as Record<FileName, string>;
  const shortened: SyntheticFactSheet["shortened"] = {};
  const header = `# Synthetic data written by scripts/dev/generate-data.ts (--entities ${entities} --seed ${seed}); not facts.\n`;
  for (const file of Object.keys(FILE_MAKERS) as FileName[]) {
    const written = writeWithinLimit(cast, file, header, maxFileBytes);
    files[file] = written.data;
    yaml[file] = written.yaml;
    if (written.shortened) shortened[file] = written.shortened;
  }
  return {
    files: files as SyntheticFiles,
    yaml,
    counts: { ...counts, notes: noteCount, paragraphs: paragraphCount },
    shortened,
    proportions,
  };
}

/** One file's data and YAML, its prose shortened (by up to five tries) until the YAML fits `maxFileBytes`. */
function writeWithinLimit(cast: Cast, file: FileName, header: string, maxFileBytes: number) {
  let scale = 1;
  let fullBytes = 0;
  for (let attempt = 0; ; attempt += 1) {
    const data = FILE_MAKERS[file](new FileDraw(cast, file, scale));
    const yaml = header + stringify(data, { lineWidth: 0 });
    const bytes = Buffer.byteLength(yaml);
    if (attempt === 0) fullBytes = bytes;
    if (bytes <= maxFileBytes) return { data, yaml, shortened: scale < 1 ? { factor: scale, fullBytes } : undefined };
    if (attempt === 5) throw new Error(`${file} stays over ${maxFileBytes} bytes even with its prose shortened`);
    // Prose is most of a file's bytes; aim a little under the limit.
    scale *= (0.97 * maxFileBytes) / bytes;
  }
}

/** Writes the seven files into `dir` (created when missing); returns each file's size in bytes. */
export function writeFactSheet(dir: string, sheet: SyntheticFactSheet): Record<FileName, number> {
  mkdirSync(dir, { recursive: true });
  const sizes = {} as Record<FileName, number>;
  for (const [name, text] of Object.entries(sheet.yaml) as [FileName, string][]) {
    writeFileSync(join(dir, name), text);
    sizes[name] = Buffer.byteLength(text);
  }
  return sizes;
}

/** Generates and writes a data folder: what `npm run generate` does. */
export function generateData(options: GenerateOptions & { out: string }): { sheet: SyntheticFactSheet; sizes: Record<FileName, number> } {
  const sheet = generateFactSheet(options);
  return { sheet, sizes: writeFactSheet(resolve(options.out), sheet) };
}
