import { loadFactSheet } from "../../data/load-factsheet.ts";
const t = performance.now();
const { model } = loadFactSheet(process.argv[2]);
console.log(model.counts.term, ((performance.now() - t) / 1000).toFixed(1), "s");
