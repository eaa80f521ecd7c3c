/**
 * A `related` list names other entities, each once: an entity listing itself,
 * or the same id twice, would show itself under "ذات صلة" or a link twice.
 */
import type { LoadedData } from "./load-yaml.ts";
import { formatPlace, type DataProblem } from "./problems.ts";
import type { FactSheetData, FileName } from "./schema.ts";

type Files = Partial<Record<FileName, LoadedData>>;

const COLLECTIONS = ["terms", "actors", "agreements", "events", "notes"] as const;

export function checkRelatedLists(files: Files, data: Partial<FactSheetData>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const collection of COLLECTIONS) {
    const file = files[`${collection}.yaml`];
    const list = data[collection] as readonly { id: string; related?: readonly string[] }[] | undefined;
    if (!file || !list) continue;
    list.forEach((entity, index) => {
      const seen = new Map<string, number>();
      (entity.related ?? []).forEach((id, i) => {
        const path = [index, "related", i];
        const at = (message: string) => problems.push({ ...file.place(path), message });
        if (id === entity.id) {
          at(`"${id}" is this entry itself: related lists other entries; remove it`);
        } else if (seen.has(id)) {
          at(`"${id}" is listed twice in related (first at ${formatPlace(file.place([index, "related", seen.get(id)!]))}): remove one`);
        } else {
          seen.set(id, i);
        }
      });
    });
  }
  return problems;
}
