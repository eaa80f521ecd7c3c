/**
 * What a Markdown body may not do, checked once at validation: show an image
 * (a request to wherever it points), or set an id (`{#id}`) that the layout or
 * another body already uses.
 */
import type { Token } from "markdown-it";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import type { LoadedYaml } from "./load-yaml.ts";
import { formatPath, type DataProblem } from "./problems.ts";
import { isReservedId } from "./reserved-ids.ts";
import type { FactSheetData, FileName } from "./schema.ts";

type Files = Partial<Record<FileName, LoadedYaml>>;

const WITH_BODIES = ["terms", "notes"] as const;
const ENTITY_COLLECTIONS = ["terms", "actors", "agreements", "events", "notes"] as const;

const markdown = createMarkdown();

function* allTokens(tokens: readonly Token[], line = 0): Generator<{ token: Token; line: number }> {
  for (const token of tokens) {
    const at = token.map ? token.map[0] : line;
    yield { token, line: at };
    if (token.children) yield* allTokens(token.children, at);
  }
}

export function checkMarkdownBodies(files: Files, data: Partial<FactSheetData>): DataProblem[] {
  const problems: DataProblem[] = [];
  const entityIds = new Set(ENTITY_COLLECTIONS.flatMap((name) => (data[name] ?? []).map((entity) => entity.id)));
  /** Each id a body sets, and where that body is. */
  const bodyIds = new Map<string, () => string>();
  for (const collection of WITH_BODIES) {
    const file = files[`${collection}.yaml`];
    const list = data[collection];
    if (!file || !list) continue;
    list.forEach((entity, index) => {
      // Only `![` starts an image and only `{…}` sets an id (markdown-it-attrs): a body with neither needs no parse.
      if (!entity.body.includes("![") && !entity.body.includes("{")) return;
      const path = [index, "body"];
      // Placing a value re-reads its file with positions, slowly: only done for a body with a problem.
      const where = () => file.locate(path);
      const at = (line: number, message: string) =>
        problems.push({ file: file.file, ...where(), path: formatPath(path), message: `line ${line + 1} of the body: ${message}` });
      for (const { token, line } of allTokens(markdown.parse(entity.body, {}))) {
        if (token.type === "image") {
          at(line, `an image (![…](${token.attrGet("src") ?? ""})): bodies show no images, so that no page loads anything from elsewhere; remove it`);
        }
        const attribute = token.attrGet("id");
        if (attribute === null) continue;
        const id = String(attribute);
        if (isReservedId(id, entityIds)) {
          at(line, `{#${id}} sets an id the page already uses (the layout's or an entry's): choose another id`);
        } else if (bodyIds.has(id)) {
          at(line, `{#${id}} sets an id another body already sets (${bodyIds.get(id)!()}): ids must be unique`);
        } else {
          bodyIds.set(id, () => {
            const { line: bodyLine, column } = where();
            return `${file.file}:${bodyLine}:${column}`;
          });
        }
      }
    });
  }
  return problems;
}
