// Brotli at its best quality, with Node's zlib (Python's standard library has no brotli).
// The argument names a JSON file listing [source, target] pairs. Each target is written
// under a temporary name first, so an interrupted run never leaves a truncated copy behind.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const [list, ...extra] = process.argv.slice(2);
if (!list || extra.length) {
  console.error("usage: node brotli.mjs FILES.json");
  process.exit(2);
}
for (const [source, target] of JSON.parse(readFileSync(list, "utf8"))) {
  const data = readFileSync(source);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  };
  writeFileSync(target + ".partial", brotliCompressSync(data, { params }));
  renameSync(target + ".partial", target);
}
