/**
 * Checks a data folder's quotations against the article they cite: the
 * paragraphs split by the rule in article.ts, the claims found by
 * quotations.ts, checked by check-claims.ts, each failure placed at its file,
 * line and column.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadFactSheet } from "../data/load-factsheet.ts";
import { loadList } from "../data/list-folders.ts";
import { loadYamlFile, type LoadedYaml } from "../data/load-yaml.ts";
import { FactSheetError, formatProblem, type DataProblem } from "../data/problems.ts";
import { FILE_SCHEMAS, LIST_FOLDER_FILES, type FileName, type ListFileName } from "../data/schema.ts";
import { splitArticle } from "./article.ts";
import { checkClaims } from "./check-claims.ts";
import { locateText } from "./locate-text.ts";
import { collectClaims } from "./quotations.ts";

export type VerifyResult = { ok: true; summary: string } | { ok: false; report: string };

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** The files a data file's claims are in: the file itself, or the files of its list folder (terms/). */
function loadFiles(dataDir: string, name: FileName): { ok: true; parts: { path: string; yaml: LoadedYaml }[] } | { ok: false; problems: DataProblem[] } {
  if (LIST_FOLDER_FILES.includes(name as ListFileName)) {
    const result = loadList(dataDir, name as ListFileName, display);
    return result.ok ? { ok: true, parts: result.list.parts } : result;
  }
  const path = join(dataDir, name);
  const loaded = loadYamlFile(path, display(path));
  return loaded.ok ? { ok: true, parts: [{ path, yaml: loaded.yaml }] } : loaded;
}

/** Throws a FactSheetError when the data itself does not validate: that is reported as the build reports it. */
export function verifyQuotations(dataDir: string, sourcePath: string): VerifyResult {
  let article: string;
  try {
    article = readFileSync(sourcePath, "utf8");
  } catch {
    return { ok: false, report: `${display(sourcePath)}: cannot read the article: give --source the path of a plain text file` };
  }
  const { data } = loadFactSheet(dataDir);
  const byline = data.site.source.byline;
  const { paragraphs, excluded } = splitArticle(article, byline);

  const problems: DataProblem[] = [];
  if (paragraphs.length !== data.source.length) {
    problems.push({
      file: display(sourcePath),
      line: 1,
      column: 1,
      path: "",
      message:
        `the article has ${paragraphs.length} paragraphs but source.yaml lists ${data.source.length}: paragraphs are separated by blank lines, ` +
        `a numbered list belongs to the paragraph before it, and the byline «${byline}» and what follows it are left out`,
    });
  }

  let claims = 0;
  for (const name of Object.keys(FILE_SCHEMAS) as FileName[]) {
    const files = loadFiles(dataDir, name);
    if (!files.ok) return { ok: false, report: files.problems.map(formatProblem).join("\n") };
    for (const { path, yaml } of files.parts) {
      const found = collectClaims(name, yaml.value);
      claims += found.length;
      const failures = checkClaims(found, paragraphs, byline);
      if (failures.length === 0) continue;
      const source = readFileSync(path, "utf8");
      for (const failure of failures) {
        const at = locateText(source, yaml.locate(failure.claim.path), failure.needle);
        problems.push({ file: yaml.file, ...at, path: "", message: failure.message });
      }
    }
  }

  if (problems.length > 0) {
    return { ok: false, report: new FactSheetError(problems).message.replace(/^The fact sheet data has/, "The quotations have") };
  }
  const left = excluded.length > 0 ? `; left out as byline and page furniture: ${excluded.map((e) => `«${e}»`).join(", ")}` : "";
  return {
    ok: true,
    summary:
      `All ${claims} quotations, «…» phrases, openings and acronyms in ${display(dataDir)} are the article's words, ` +
      `in the paragraphs they cite (${paragraphs.length} paragraphs of ${display(sourcePath)}${left}).`,
  };
}
