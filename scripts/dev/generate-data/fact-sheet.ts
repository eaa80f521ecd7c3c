/**
 * A whole synthetic data folder: the cast first, then each file from its own
 * random stream, written as YAML; a list too long for one file within the
 * loader's size limit is written as a folder of files (yaml-files.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { EntityType } from "../../data/entity-types.ts";
import { listFolderName } from "../../data/list-folders.ts";
import { MAX_FILE_BYTES } from "../../data/load-yaml.ts";
import {
  LIST_FOLDER_FILES,
  type ActorData,
  type AgreementData,
  type EventData,
  type FileName,
  type ListFileName,
  type NoteData,
  type Paragraph,
  type SiteData,
  type TermData,
} from "../../data/schema.ts";
import { castEntities } from "./cast.ts";
import { makeActors, makeAgreements, makeEvents, makeNotes, makeSource, makeTerms } from "./entity-files.ts";
import { FileDraw } from "./file-draw.ts";
import { apportion, MIN_ENTITIES, readProportions, type Proportions } from "./proportions.ts";
import { Random, streamSeed } from "./random.ts";
import { makeSite } from "./site-file.ts";
import { Vocabulary } from "./vocabulary.ts";
import { layOutFile, layOutList } from "./yaml-files.ts";

export interface GenerateOptions {
  entities: number;
  seed?: number;
  proportions?: Proportions;
  /**
   * The largest file the loader accepts (load-yaml.ts's MAX_FILE_BYTES by
   * default): a list whose file would be larger is written as a folder of files.
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
  /** Each file as YAML, as it is written, by its path in the data folder: `terms.yaml`, or `terms/001.yaml`, … */
  yaml: Record<string, string>;
  counts: Record<EntityType | "notes" | "paragraphs", number>;
  /** The lists written as a folder of files (too long for one file within the size limit), with how many files. */
  folders: Partial<Record<ListFileName, number>>;
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

const isList = (file: FileName): file is ListFileName => LIST_FOLDER_FILES.includes(file as ListFileName);

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
  const yaml: Record<string, string> = {};
  const folders: SyntheticFactSheet["folders"] = {};
  const header = `# Synthetic data written by scripts/dev/generate-data.ts (--entities ${entities} --seed ${seed}); not facts.\n`;
  for (const file of Object.keys(FILE_MAKERS) as FileName[]) {
    const data = FILE_MAKERS[file](new FileDraw(cast, file));
    files[file] = data;
    const written = isList(file) ? layOutList(file, data as unknown[], header, maxFileBytes) : layOutFile(file, data, header, maxFileBytes);
    Object.assign(yaml, written);
    if (isList(file) && !(file in written)) folders[file] = Object.keys(written).length;
  }
  return {
    files: files as SyntheticFiles,
    yaml,
    counts: { ...counts, notes: noteCount, paragraphs: paragraphCount },
    folders,
    proportions,
  };
}

/**
 * Writes the files into `dir` (created when missing), replacing a list's other form left there by an
 * earlier run (terms.yaml when terms/ is written, and the other way round); returns each data file's
 * size in bytes, a folder's files added up.
 */
export function writeFactSheet(dir: string, sheet: SyntheticFactSheet): Record<FileName, number> {
  mkdirSync(dir, { recursive: true });
  for (const file of LIST_FOLDER_FILES) {
    rmSync(join(dir, listFolderName(file)), { recursive: true, force: true });
    if (sheet.folders[file]) rmSync(join(dir, file), { force: true });
  }
  const sizes = Object.fromEntries(Object.keys(FILE_MAKERS).map((file) => [file, 0])) as Record<FileName, number>;
  for (const [path, text] of Object.entries(sheet.yaml)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const [first, ...inFolder] = path.split("/");
    sizes[(inFolder.length > 0 ? `${first}.yaml` : path) as FileName] += Buffer.byteLength(text);
  }
  return sizes;
}

/** Generates and writes a data folder: what `npm run generate` does. */
export function generateData(options: GenerateOptions & { out: string }): { sheet: SyntheticFactSheet; sizes: Record<FileName, number> } {
  const sheet = generateFactSheet(options);
  return { sheet, sizes: writeFactSheet(resolve(options.out), sheet) };
}
