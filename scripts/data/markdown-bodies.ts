/**
 * What a Markdown body may not do, checked once at validation: show an image
 * (a request to wherever it points), or set an id (`{#id}`) that the layout or
 * another body already uses.
 */
import type { Token } from "markdown-it";
import { createMarkdown } from "../../plugins/markdown-setup.ts";
import type { LoadedData } from "./load-yaml.ts";
import { formatPlace, type DataProblem } from "./problems.ts";
import { isReservedId } from "./reserved-ids.ts";
import type { FactSheetData, FileName } from "./schema.ts";

type Files = Partial<Record<FileName, LoadedData>>;

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
      // Placed only when there is something to report: finding a place costs a careful parse of the file.
      const where = () => file.place([index, "body"]);
      const at = (line: number, message: string) => problems.push({ ...where(), message: `line ${line + 1} of the body: ${message}` });
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
          bodyIds.set(id, () => formatPlace(where()));
        }
      }
    });
  }
  return problems;
}
