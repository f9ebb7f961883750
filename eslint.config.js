// ESLint for every JavaScript file of the project (python3 build.py test runs it): the
// recommended rules and a few more that catch bugs, with the globals of where each file runs.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Build outputs and installs, as in .gitignore.
  { ignores: ["dist/", ".venv/", ".cache/", "node_modules/", "test-results/"] },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "array-callback-return": "error",
      eqeqeq: "error",
      "no-duplicate-imports": "error",
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-throw-literal": "error",
      "no-unreachable-loop": "error",
      "no-var": "error",
      "prefer-const": "error",
      "prefer-promise-reject-errors": "error",
    },
  },
  // The page's modules, the test and bench pages, and the bench's probes run in a page.
  {
    files: ["web/**/*.js", "tests/**/*.mjs", "tests/e2e/*.js", "notewell_build/probes/*.js"],
    languageOptions: { globals: globals.browser },
  },
  // Module workers: the Python worker and the snapshot store it imports; the test pages'.
  {
    files: ["web/worker.js", "web/snapshot.js", "tests/**/*worker.mjs"],
    languageOptions: { globals: globals.worker },
  },
  { files: ["web/sw.js"], languageOptions: { globals: globals.serviceworker } },
  // The app runs in every engine a phone has: an API that one of them lacks is reached as
  // a property (globalThis.X), after checking it is there, never as a bare name that
  // throws a ReferenceError in the engines without it.
  {
    files: ["web/**/*.js"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["requestIdleCallback", "cancelIdleCallback"].map((name) => ({
          name,
          message: `Safari has no ${name}: use globalThis.${name} when it exists, else setTimeout.`,
        })),
        {
          name: "BarcodeDetector",
          message: "Only Chrome on Android has BarcodeDetector: check globalThis.BarcodeDetector, and fall back.",
        },
        ...["showOpenFilePicker", "showSaveFilePicker"].map((name) => ({
          name,
          message: `Only Chromium has ${name}: use an <input type=file> or a download link.`,
        })),
      ],
    },
  },
  // Node: the build's steps and this file.
  { files: ["notewell_build/node/*.mjs", "eslint.config.js"], languageOptions: { globals: globals.node } },
];
