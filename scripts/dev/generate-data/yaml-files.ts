/**
 * The generated data as YAML files. Each entry of a list is written once, on
 * its own (js-yaml with the YAML 1.2 core schema: the same text the `yaml`
 * package writes for this data, several times faster, and in time linear in
 * the list's length); a list whose one file would pass the loader's size limit
 * is laid out as a folder of files (terms/001.yaml, …), which the loader reads
 * as one list (scripts/data/list-folders.ts).
 */
import { CORE_SCHEMA, dump } from "js-yaml";
import { listFolderName } from "../../data/list-folders.ts";
import type { ListFileName } from "../../data/schema.ts";

const DUMP_OPTIONS = { lineWidth: -1, noRefs: true, skipInvalid: true, schema: CORE_SCHEMA, quotingType: '"' } as const;

/** How much of the size limit each file of a folder fills: the rest is room to edit it without reaching the limit. */
export const FOLDER_FILE_SHARE = 0.5;

/** A value as YAML; fields left undefined are left out. */
export function yamlOf(value: unknown): string {
  return dump(value, DUMP_OPTIONS);
}

/** A file that is not a list (site.yaml, source.yaml) as YAML under `header`; throws when it passes the limit. */
export function layOutFile(file: string, value: unknown, header: string, maxFileBytes: number): Record<string, string> {
  const text = header + yamlOf(value);
  if (Buffer.byteLength(text) > maxFileBytes) throw new Error(`${file} would be over the loader's limit of ${maxFileBytes} bytes, and only lists can be split`);
  return { [file]: text };
}

/**
 * A list as YAML, by path in the data folder: `terms.yaml` when it fits within `maxFileBytes`, else files
 * `terms/001.yaml`, `terms/002.yaml`, … each filled up to FOLDER_FILE_SHARE of the limit, in the list's order
 * (numbered so that the byte order of their names, the loader's, is that order). Each file starts with `header`.
 */
export function layOutList(file: ListFileName, entries: readonly unknown[], header: string, maxFileBytes: number): Record<string, string> {
  const texts = entries.map((entry) => yamlOf([entry]));
  const sizes = texts.map((text) => Buffer.byteLength(text));
  const headerBytes = Buffer.byteLength(header);
  if (headerBytes + sizes.reduce((a, b) => a + b, 0) <= maxFileBytes) return { [file]: header + texts.join("") };

  const fill = Math.floor(maxFileBytes * FOLDER_FILE_SHARE);
  const groups: string[][] = [];
  let group: string[] = [];
  let bytes = headerBytes;
  texts.forEach((text, i) => {
    const size = sizes[i]!;
    if (headerBytes + size > maxFileBytes) throw new Error(`entry ${i} of ${file} alone is over the loader's limit of ${maxFileBytes} bytes`);
    if (group.length > 0 && bytes + size > fill) {
      groups.push(group);
      group = [];
      bytes = headerBytes;
    }
    group.push(text);
    bytes += size;
  });
  groups.push(group);
  const width = Math.max(3, String(groups.length).length);
  const folder = listFolderName(file);
  return Object.fromEntries(groups.map((texts, i) => [`${folder}/${String(i + 1).padStart(width, "0")}.yaml`, header + texts.join("")]));
}
