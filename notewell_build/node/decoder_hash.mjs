// Prints the sha256 and version zxing-wasm's reader says its wasm file has (its own
// exported constants), so the build can check the file it copies is that one.
import { pathToFileURL } from "node:url";

const [reader] = process.argv.slice(2);
const { ZXING_WASM_SHA256, ZXING_WASM_VERSION } = await import(pathToFileURL(reader).href);
process.stdout.write(JSON.stringify({ sha256: ZXING_WASM_SHA256, version: ZXING_WASM_VERSION }));
