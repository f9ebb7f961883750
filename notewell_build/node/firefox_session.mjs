// One Firefox page for notewell_build/engines.py: launches Firefox with puppeteer-core
// over WebDriver BiDi, then answers one JSON line per request on stdin,
// {id, op, args}, with {id, ok, result} or {id, ok: false, error} on stdout.
// Usage: node firefox_session.mjs FIREFOX WIDTH HEIGHT PREFS (a JSON object of prefs)
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const [executablePath, width, height, prefs] = process.argv.slice(2);

const reply = (message) => process.stdout.write(JSON.stringify(message) + "\n");

// A function from its source, so puppeteer sends that source to the page (where the
// page's Content-Security-Policy forbids eval, but a driver's call is not eval).
const functionOf = (source) => (0, eval)(`(${source})`);

async function elementOf(page, source, args) {
  const handle = await page.evaluateHandle(functionOf(source), ...args);
  const element = handle.asElement();
  if (!element) throw new Error(`no element to click: ${source}`);
  return element;
}

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath,
  headless: true,
  extraPrefsFirefox: JSON.parse(prefs),
});
const [page] = await browser.pages();
await page.setViewport({ width: Number(width), height: Number(height) });

const operations = {
  goto: (url) => page.goto(url, { waitUntil: "load" }).then(() => null),
  reload: () => page.reload({ waitUntil: "load" }).then(() => null),
  evaluate: (source, args) => page.evaluate(functionOf(source), ...args),
  waitFor: (source, args, timeout) =>
    page.waitForFunction(functionOf(source), { timeout, polling: 50 }, ...args).then((handle) => handle.jsonValue()),
  click: async (source, args) => (await elementOf(page, source, args)).click(),
  type: (text) => page.keyboard.type(text),
  paste: async () => {
    await page.keyboard.down("Control");
    await page.keyboard.press("v");
    await page.keyboard.up("Control");
  },
  close: () => browser.close(),
};

// Ready: the first line says so (the Python side waits for it).
reply({ id: 0, ok: true, result: await browser.version() });

for await (const line of createInterface({ input: process.stdin })) {
  const { id, op, args } = JSON.parse(line);
  try {
    const result = await operations[op](...args);
    reply({ id, ok: true, result: result ?? null });
  } catch (error) {
    reply({ id, ok: false, error: String(error?.message || error) });
  }
  // stdin would keep Node alive: the session is over once Firefox has closed.
  if (op === "close") process.exit(0);
}
