/**
 * Entry of a worker thread that runs a TypeScript module: the build runs
 * under tsx, whose loader a worker thread does not inherit, so it is
 * registered here before the module named in workerData is imported.
 *
 *   new Worker(new URL("./typescript-worker.mjs", import.meta.url), { workerData: { module: url } })
 */
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
