// One-tap fixes: only where a finding has an obvious mechanical repair. Each returns
// {label, start, end, replacement} (UTF-16 offsets into the note) or null. Cutting a note
// that is too long is never automatic: only the writer knows what matters. Fixes that
// need to know what a slot stands for (a template slot, a hidden character) are decided
// by Python and arrive in the finding, so the command line offers the very same.

const GREETING = /^\s*(?:hi|hello|hey|dear)\b[^,\n!.]{0,40}[,!.]?[ \t]*/i;
// A sentence ends at . ! or ? (and closing quotes) before a space or the end: not inside
// "calendly.com/x" or "3.5".
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)/g;
const BOUNDARY = /[.!?]+["')\]]*(?=\s)|\n/g;

function quote(text, max = 40) {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > max ? flat.slice(0, max - 1) + "…" : flat}”`;
}

// The sentence around [start, end): from after the previous sentence end, line break or
// opening greeting ("Hi Ada,") to its own closing punctuation, with the spaces that
// joined it to its neighbours.
export function sentenceAround(text, start, end) {
  let from = 0;
  for (const match of text.slice(0, start).matchAll(BOUNDARY)) from = match.index + match[0].length;
  while (from < start && /\s/.test(text[from])) from += 1;
  const greeting = GREETING.exec(text.slice(from));
  if (greeting && from + greeting[0].length <= start) from += greeting[0].length;
  SENTENCE_END.lastIndex = end;
  const closing = SENTENCE_END.exec(text);
  const lineEnd = text.indexOf("\n", end);
  let to = closing ? SENTENCE_END.lastIndex : text.length;
  if (lineEnd !== -1 && lineEnd < to) to = lineEnd;
  return withSpaces(text, from, to);
}

// Take the spaces after a removed piece, or (at the very end) the spaces before it.
function withSpaces(text, from, to) {
  while (to < text.length && text[to] === " ") to += 1;
  if (to === text.length) {
    while (from > 0 && text[from - 1] === " ") from -= 1;
  }
  return { start: from, end: to };
}

function removeSentence(text, finding) {
  const { start, end } = sentenceAround(text, finding.start, finding.end);
  if (end <= start) return null;
  return { label: `remove ${quote(text.slice(start, end))}`, start, end, replacement: "" };
}

function removeSpan(text, finding) {
  if (finding.end <= finding.start) return null;
  const { start, end } = withSpaces(text, finding.start, finding.end);
  return { label: `remove ${quote(text.slice(finding.start, finding.end))}`, start, end, replacement: "" };
}

function collapseRepeats(text, finding) {
  const span = text.slice(finding.start, finding.end);
  const collapsed = span.replace(/([!?.])\1+/g, "$1");
  if (collapsed === span) return null;
  const { start, end } = finding;
  return { label: `change ${quote(span)} to ${quote(collapsed)}`, start, end, replacement: collapsed };
}

function greet(text, finding, { name }) {
  if (!name) return null;
  const existing = GREETING.exec(text);
  const replacement = `Hi ${name},${existing ? " " : "\n"}`;
  const end = existing ? existing[0].length : 0;
  return { label: `start with ${quote(`Hi ${name},`)}`, start: 0, end, replacement };
}

function keepOneEmoji(text, finding) {
  const span = text.slice(finding.start, finding.end);
  const [first] = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(span);
  if (!first || first.segment === span) return null;
  const { start, end } = finding;
  return { label: `keep one ${first.segment}`, start, end, replacement: first.segment };
}

function lowerCase(text, finding) {
  const span = text.slice(finding.start, finding.end);
  const lower = span.toLowerCase();
  if (lower === span) return null;
  const { start, end } = finding;
  return { label: `write ${quote(span)} in lower case`, start, end, replacement: lower };
}

// Rule ids (pycore/rules) whose findings have a mechanical repair. Not here on purpose:
// length (only the writer knows what to cut), default-text, missing-context and
// missing-reason (they need the writer's own words), and the rules whose findings carry
// their fix (placeholder, hidden-character).
const FIXES = {
  "missing-greeting": greet,
  vague: removeSentence,
  filler: removeSentence,
  "sales-pitch": removeSentence,
  exclamation: collapseRepeats,
  emoji: keepOneEmoji,
  shouting: lowerCase,
  link: removeSpan,
};

export function fixFor(text, finding, context) {
  if (finding.fix) return finding.fix;
  const fix = FIXES[finding.rule];
  return fix ? fix(text, finding, context) : null;
}
