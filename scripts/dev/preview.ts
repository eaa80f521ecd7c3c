/**
 * `npm run preview`: serves an already built site exactly as a static host
 * would (scripts/dev/static-server.ts), under the base path it was built for.
 *
 *   npm run build -- --base=/factsheet/ && npm run preview   http://localhost:8080/factsheet/
 */
import { resolve } from "node:path";
import { exitWithUsageError, readCommandLine, type OptionTable } from "../command-line.ts";
import { BasePathError } from "../render/site-url.ts";
import { serveSite } from "./static-server.ts";

const COMMAND = "npm run preview";

const OPTIONS = {
  output: { type: "string", value: "FOLDER", help: "the built site to serve, as npm run build wrote it (default: _site)" },
  base: { type: "string", value: "PATH", help: "the base path to serve it under (default: the one it was built for)" },
  port: { type: "string", value: "NUMBER", help: "the port to listen on (default: 8080)" },
  help: { type: "boolean", short: "h", help: "print this help and exit" },
} as const satisfies OptionTable;

function stop(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const values = readCommandLine(COMMAND, OPTIONS, {
  usage: `${COMMAND} -- [options]`,
  description: [
    "Serves a built site as a static host would, without building it: under its base path, with the",
    "headers of its _headers file, its 404 page for a missing path, and the content types hosts send.",
  ],
});
const port = Number(values.port ?? "8080");
if (!Number.isInteger(port) || port < 0 || port > 65535) exitWithUsageError(`${COMMAND}: --port must be a port number, not ${JSON.stringify(values.port)}`);

const siteDir = resolve(values.output ?? "_site");
try {
  const server = await serveSite(siteDir, { base: values.base, port, host: "localhost" });
  process.stdout.write(`Serving ${siteDir} at http://localhost:${new URL(server.origin).port}${server.base} (Ctrl+C stops)\n`);
} catch (error) {
  if (error instanceof BasePathError) exitWithUsageError(`${COMMAND}: --base: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") stop(`${COMMAND}: port ${port} is in use: give another with --port=NUMBER`, 1);
  if (error instanceof Error) stop(`${COMMAND}: ${error.message}`, 1);
  throw error;
}
