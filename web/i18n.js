// The app's own words in the user's language: English source strings are the keys
// (gettext style), each other language a catalog of data in i18n/<lang>.json. The
// language is the one chosen in Settings, else the browser's first one the app speaks.
import { SETTINGS_KEY, readStored } from "./settings.js";

// The languages the app speaks, each named in itself (as a language menu shows them).
export const LANGUAGES = { en: "English", es: "Español", fr: "Français", de: "Deutsch", pt: "Português" };

// The first of the user's preferred languages the app speaks, else English.
export function preferredLanguage(tags = navigator.languages || [navigator.language]) {
  for (const tag of tags) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (Object.hasOwn(LANGUAGES, base)) return base;
  }
  return "en";
}

// "" when the app follows the browser; a key of LANGUAGES when one was chosen in Settings.
export const chosenLanguage = Object.hasOwn(LANGUAGES, readStored(SETTINGS_KEY)?.uiLang)
  ? readStored(SETTINGS_KEY).uiLang
  : "";

async function loadCatalog(lang) {
  if (lang === "en") return {};
  try {
    const response = await fetch(new URL(`i18n/${lang}.json`, import.meta.url));
    if (response.ok) return await response.json();
  } catch {
    // unreadable: the app speaks English rather than not at all
  }
  return null;
}

const wanted = chosenLanguage || preferredLanguage();
const catalog = (await loadCatalog(wanted)) ?? {};
// The language the interface is in (English when the catalog could not be read).
export const language = Object.keys(catalog).length ? wanted : "en";
// The browser's own tag when it names this language (pt-BR, de-AT), for dates and numbers.
export const locale =
  (navigator.languages || []).find((tag) => tag.toLowerCase().split("-")[0] === language) || language;

const numbers = new Intl.NumberFormat(locale);
const plurals = new Intl.PluralRules(locale);
const englishPlurals = new Intl.PluralRules("en");

export const formatNumber = (value, options) =>
  (options ? new Intl.NumberFormat(locale, options) : numbers).format(value);
export const formatDate = (date, options) => new Intl.DateTimeFormat(locale, options).format(date);
export const formatList = (items) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
// A label inside a sentence: lower case, except in German, which capitalizes its nouns.
export const inSentence = (label) => (language === "de" ? label : label.toLocaleLowerCase(locale));

// `{name}` placeholders filled from `params`; numbers written the locale's way.
function fill(text, params) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatNumber(value) : String(value);
  });
}

export function t(key, params = {}) {
  const entry = catalog[key];
  return fill(typeof entry === "string" ? entry : key, params);
}

// A text that depends on a count: the key is the English plural ("other") form; a
// catalog gives one text per plural category of its language (Intl.PluralRules).
export function tn(one, other, count, params = {}) {
  const entry = catalog[other];
  const text =
    entry && typeof entry === "object"
      ? (entry[plurals.select(count)] ?? entry.other)
      : englishPlurals.select(count) === "one"
        ? one
        : other;
  return fill(text, { count, ...params });
}

// The static page (web/index.html) is written in English: every text and label whose
// English is a catalog key is replaced, outside elements marked translate="no".
const ATTRIBUTES = ["aria-label", "placeholder", "title", "alt"];
const shellKey = (text) => text.replace(/\s+/g, " ").trim();

function translated(text) {
  const key = shellKey(text);
  const entry = catalog[key];
  if (typeof entry !== "string") return text;
  return text.slice(0, text.search(/\S/)) + entry + text.slice(text.trimEnd().length);
}

export function translatePage(root = document.documentElement) {
  root.ownerDocument.documentElement.lang = language;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("[translate=no], script, style")) continue;
    node.nodeValue = translated(node.nodeValue);
  }
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]:not([translate=no] *, [translate=no])`)) {
      element.setAttribute(attribute, translated(element.getAttribute(attribute)));
    }
  }
}
