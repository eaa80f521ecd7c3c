/**
 * Validates the loaded files against the schema, then checks what a schema of
 * one file cannot: ids unique across files, every reference and citation
 * resolving. Every problem is reported with its file, line and column.
 */
import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { ENTITY_TYPES, REFERENCES, type EntityType } from "./entity-types.ts";
import type { LoadedData } from "./load-yaml.ts";
import { formatNumberRuns, formatPlace, type DataProblem } from "./problems.ts";
import { checkMarkdownBodies } from "./markdown-bodies.ts";
import { checkRelatedLists } from "./related-lists.ts";
import { FILE_SCHEMAS, OPTIONAL_FILE_SCHEMAS, type FactSheetData, type FileName, type OptionalFileName } from "./schema.ts";

/** Each file's data as loaded: a file, or for a list kept in a folder, the folder's files as one. */
export type LoadedFiles = Record<FileName, LoadedData> & Partial<Record<OptionalFileName, LoadedData>>;

/** The schema of every file a data folder may hold, required or optional. */
const ALL_FILE_SCHEMAS = { ...FILE_SCHEMAS, ...OPTIONAL_FILE_SCHEMAS };
type AnyFileName = keyof typeof ALL_FILE_SCHEMAS;

export type ValidationResult = { ok: true; data: FactSheetData } | { ok: false; problems: DataProblem[] };

/** What an id can name: an entity of a type (ENTITY_TYPES), or a note. */
type EntityKind = EntityType | "note";
type EntityFile = (typeof ENTITY_TYPES)[number]["file"] | "notes.yaml";

/** The collections whose ids share one namespace, and the word for one of each: the entity types' files, and the notes. */
const ENTITY_FILES: readonly (readonly [EntityFile, EntityKind])[] = [
  ...ENTITY_TYPES.map(({ file, type }) => [file, type] as const),
  ["notes.yaml", "note"],
];

export function validateFactSheet(files: Partial<LoadedFiles>): ValidationResult {
  const problems: DataProblem[] = [];
  const parsed: Partial<FactSheetData> = { synonyms: [] };

  for (const name of Object.keys(ALL_FILE_SCHEMAS) as AnyFileName[]) {
    const file = files[name];
    if (!file) continue;
    const schema = ALL_FILE_SCHEMAS[name] as z.ZodType;
    const result = schema.safeParse(file.value, { reportInput: true });
    if (result.success) {
      (parsed as Record<string, unknown>)[collectionKey(name)] = result.data;
    } else {
      problems.push(...result.error.issues.flatMap((issue) => schemaProblems(file, schema, issue)));
    }
  }

  problems.push(...checkCrossReferences(files, parsed));
  problems.push(...checkRelatedLists(files, parsed));
  problems.push(...checkMarkdownBodies(files, parsed));

  if (problems.length > 0 || (Object.keys(FILE_SCHEMAS) as FileName[]).some((name) => parsed[collectionKey(name)] === undefined)) {
    return { ok: false, problems };
  }
  return { ok: true, data: parsed as FactSheetData };
}

function collectionKey(name: AnyFileName): keyof FactSheetData {
  return name.replace(/\.yaml$/, "") as keyof FactSheetData;
}

function schemaProblems(file: LoadedData, schema: z.ZodType, issue: z.core.$ZodIssue): DataProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === "unrecognized_keys") {
    const known = Object.keys(objectShapeAt(schema, path) ?? {});
    return issue.keys.map((key) => {
      const suggestion = suggest(key, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `known fields: ${known.join(", ")}`;
      return { ...file.place([...path, key], { key: true }), message: `unknown field "${key}": ${hint}` };
    });
  }
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined && path.length > 0) {
    const field = String(path[path.length - 1]);
    const expected = issue.code === "invalid_type" ? issue.expected : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    return [
      {
        ...file.place(path.slice(0, -1)),
        path: file.place(path).path,
        message: `missing required field "${field}" (expected ${expected})`,
      },
    ];
  }
  return [{ ...file.place(path), message: plainMessage(issue) }];
}

/** Zod's messages, made to say what was expected in the reader's terms. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = issue.input === null ? "nothing (null)" : Array.isArray(issue.input) ? "a list" : typeof issue.input;
    return `expected ${issue.expected}, found ${received}`;
  }
  if (issue.code === "invalid_value") {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${JSON.stringify(issue.input)}`;
  }
  return issue.message;
}

/** The object shape the schema expects at `path`, to list and suggest field names. */
function objectShapeAt(schema: z.ZodType, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let inner = s;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
      inner = (inner as z.ZodOptional<z.ZodType>).unwrap();
    }
    return inner;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodArray && typeof segment === "number") current = current.element;
    else if (current instanceof z.ZodObject && typeof segment === "string") current = current.shape[segment];
    else return undefined;
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? (current.shape as Record<string, unknown>) : undefined;
}

/** The nearest candidate, when it is near enough to be a likely typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

interface Defined {
  kind: EntityKind;
  file: LoadedData;
  index: number;
}

function checkCrossReferences(files: Partial<LoadedFiles>, data: Partial<FactSheetData>): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Map<string, Defined>();

  for (const [name, kind] of ENTITY_FILES) {
    const list = data[collectionKey(name) as "terms"] as { id: string }[] | undefined;
    const file = files[name];
    if (!list || !file) continue;
    list.forEach((entity, index) => {
      const earlier = ids.get(entity.id);
      if (earlier) {
        // Locations are looked up only here, for the report: finding them costs a careful parse.
        const first = earlier.file.place([earlier.index, "id"]);
        problems.push({
          ...file.place([index, "id"]),
          message: `duplicate id "${entity.id}": already used by a ${earlier.kind} at ${formatPlace(first)}; ids must be unique across all files`,
        });
      } else {
        ids.set(entity.id, { kind, file, index });
      }
    });
  }

  const paragraphs = new Set<number>();
  if (data.source && files["source.yaml"]) {
    const file = files["source.yaml"];
    data.source.forEach((paragraph, index) => {
      if (paragraphs.has(paragraph.paragraph)) {
        problems.push({ ...file.place([index, "paragraph"]), message: `paragraph ${paragraph.paragraph} is listed twice` });
      }
      paragraphs.add(paragraph.paragraph);
    });
  }

  // Kinds whose file did not load or validate: a reference to them cannot be judged, so it is not reported twice.
  const unknownKinds = new Set(
    ENTITY_FILES
      .filter(([name]) => data[collectionKey(name)] === undefined)
      .map(([, kind]) => kind),
  );

  const referenceCheck = (file: LoadedData, path: PropertyKey[], id: string, allowed: readonly EntityKind[]) => {
    const target = ids.get(id);
    if (target && allowed.includes(target.kind)) return;
    if (!target && allowed.some((kind) => unknownKinds.has(kind))) return;
    const expected = allowed.length === 1 ? allowed[0]! : `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}`;
    let message: string;
    if (target) {
      message = `"${id}" is a ${target.kind}, but this field takes a ${expected}`;
    } else {
      const candidates = [...ids].filter(([, d]) => allowed.includes(d.kind)).map(([candidate]) => candidate);
      const suggestion = suggest(id, candidates);
      message = `unknown ${expected} id "${id}"${suggestion ? `: did you mean "${suggestion}"?` : ""}`;
    }
    problems.push({ ...file.place(path), message });
  };

  const citationCheck = (file: LoadedData, path: PropertyKey[], cite: readonly number[]) => {
    if (paragraphs.size === 0) return;
    cite.forEach((n, i) => {
      if (!paragraphs.has(n)) {
        problems.push({
          ...file.place([...path, i]),
          message: `paragraph ${n} does not exist: source.yaml has paragraphs ${formatNumberRuns([...paragraphs])}`,
        });
      }
    });
  };

  for (const { file, path, id, allowed } of collectReferences(files, data)) referenceCheck(file, path, id, allowed);
  for (const { file, path, cite } of collectCitations(files, data)) citationCheck(file, path, cite);
  return problems;
}

interface Reference {
  file: LoadedData;
  path: PropertyKey[];
  id: string;
  allowed: readonly EntityKind[];
}

/**
 * Every field that names another entity, with the kinds it may name: the fields of REFERENCES (entity-types.ts),
 * whose keys are a file, or a file and the place in it ("site.yaml#home.positions").
 */
/**
 * The records at a place in a file's data, with their paths: a list is walked item by item at every step, so
 * "home.positions" gives each position and, in notes.yaml, "source_error" each note's source_error.
 */
function* recordsAt(value: unknown, path: PropertyKey[], place: string[]): Generator<[Record<string, unknown>, PropertyKey[]]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* recordsAt(item, [...path, index], place);
  } else if (value && typeof value === "object") {
    const [next, ...rest] = place;
    if (next === undefined) yield [value as Record<string, unknown>, path];
    else yield* recordsAt((value as Record<string, unknown>)[next], [...path, next], rest);
  }
}

function* collectReferences(files: Partial<LoadedFiles>, data: Partial<FactSheetData>): Generator<Reference> {
  for (const [key, spec] of Object.entries(REFERENCES) as [string, Record<string, readonly EntityType[]>][]) {
    const [name, place] = key.split("#") as [FileName, string | undefined];
    const file = files[name];
    const root: unknown = data[collectionKey(name)];
    if (!file || root === undefined) continue;
    for (const [record, path] of recordsAt(root, [], place ? place.split(".") : [])) {
      for (const [field, allowed] of Object.entries(spec)) {
        const ids = record[field];
        if (typeof ids === "string") yield { file, path: [...path, field], id: ids, allowed };
        else if (Array.isArray(ids)) yield* ids.map((id: string, i) => ({ file, path: [...path, field, i], id, allowed }));
      }
    }
  }
}

interface Citation {
  file: LoadedData;
  path: PropertyKey[];
  cite: readonly number[];
}

/** Every `cite` list in the data, found wherever it is nested. */
function* collectCitations(files: Partial<LoadedFiles>, data: Partial<FactSheetData>): Generator<Citation> {
  for (const name of Object.keys(FILE_SCHEMAS) as FileName[]) {
    const file = files[name];
    const value = data[collectionKey(name)];
    if (file && value !== undefined) yield* findCites(file, value, []);
  }
}

function* findCites(file: LoadedData, value: unknown, path: PropertyKey[]): Generator<Citation> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) yield* findCites(file, value[i], [...path, i]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "cite" && Array.isArray(child)) yield { file, path: [...path, key], cite: child as number[] };
      else yield* findCites(file, child, [...path, key]);
    }
  }
}
