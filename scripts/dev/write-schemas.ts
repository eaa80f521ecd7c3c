/**
 * `npm run schemas`: writes each data file's JSON Schema into data/schemas/
 * (and into DATA_DIR's schemas/ folder, when it has one). The build does the
 * same, so this is for editing the schema without building.
 */
import { relative } from "node:path";
import { schemaFolders, writeJsonSchemas } from "../data/json-schemas.ts";

for (const dir of schemaFolders()) {
  const written = writeJsonSchemas(dir);
  process.stdout.write(`${relative(process.cwd(), dir) || "."}: ${written.length ? `wrote ${written.join(", ")}` : "up to date"}\n`);
}
