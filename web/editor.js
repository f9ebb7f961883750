// The Note editor: the count (in JavaScript, so it works before Python), the checks
// from Python, highlights tied to the text and one-tap fixes.
import { fixFor } from "./fixes.js";

// The count turns to a warning in the last tenth of the limit.
const NEAR_SHARE = 0.9;
const SEVERITY_LABELS = { error: "Error", warning: "Warning", tip: "Tip" };
// As pycore.model.SEVERITY_RANK: the gravest first.
const SEVERITY_RANK = { error: 0, warning: 1, tip: 2 };
const CHECK_DELAY_MS = 120;
// Said when a note is in a language whose wording pycore does not read (pycore.lang).
const WORDING_NOT_CHECKED = "Wording not checked: Notewell reads English, Spanish, French, German and Portuguese.";
const MIRROR_MAX_CHARS = 20_000;

// LinkedIn's box is a <textarea maxlength>: UTF-16 code units, exactly String.length
// (pycore.textutil.utf16_length counts the same way).
export function noteLength(text) {
  return text.length;
}

export function countState(length, limit) {
  if (length > limit) return "over";
  return length >= Math.ceil(limit * NEAR_SHARE) ? "near" : "ok";
}

const size = (finding) => finding.end - finding.start;

// Whether a finding is about part of the note (a phrase, a link), not all of it.
function pointsAtPart(text, finding) {
  const excerpt = text.slice(finding.start, finding.end).trim();
  return excerpt !== "" && excerpt.length < text.trim().length;
}

// The spans worth marking, without overlaps, in text order. A finding about the whole
// note (no reason, no context) marks nothing: it would hide the precise ones. In an
// overlap the graver finding wins (a tip never hides an error), then the shorter span,
// as it says more exactly what to change.
export function markedSpans(text, findings) {
  const taken = [];
  const byImportance = findings
    .filter((f) => pointsAtPart(text, f))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || size(a) - size(b));
  for (const finding of byImportance) {
    if (taken.every((t) => finding.end <= t.start || finding.start >= t.end)) taken.push(finding);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function createEditor(elements, { check, context, onChange }) {
  const { textarea, highlights, count, verdict, checks } = elements;
  const wording = document.createElement("p");
  wording.className = "hint wording-note";
  wording.hidden = true;
  wording.textContent = WORDING_NOT_CHECKED;
  verdict.after(wording);
  let limit = 0;
  let checkTimer = 0;
  let checkSeq = 0;

  function updateCount() {
    const length = noteLength(textarea.value);
    count.textContent = `${length} / ${limit}`;
    count.dataset.state = countState(length, limit);
  }

  // The mirror behind the textarea: same text, same wrapping, marks where findings are.
  function paintHighlights(text, findings) {
    // A pasted megabyte would be laid out twice (mixed-direction text takes Chromium
    // seconds per copy); marks in such a text help no one, so the mirror stays empty.
    if (text.length > MIRROR_MAX_CHARS) {
      highlights.replaceChildren();
      return;
    }
    const parts = [];
    let at = 0;
    for (const finding of markedSpans(text, findings)) {
      if (finding.start > at) parts.push(document.createTextNode(text.slice(at, finding.start)));
      const mark = document.createElement("mark");
      mark.dataset.severity = finding.severity;
      mark.textContent = text.slice(finding.start, finding.end);
      parts.push(mark);
      at = finding.end;
    }
    // A trailing line break only takes room in the mirror when something follows it.
    parts.push(document.createTextNode(text.slice(at) + "\u200b"));
    highlights.replaceChildren(...parts);
    highlights.scrollTop = textarea.scrollTop;
  }

  function select(start, end) {
    textarea.focus();
    textarea.setSelectionRange(start, end);
  }

  // Replacing through the editing command keeps the browser's undo history (Ctrl+Z) and
  // fires "input" like typing; setRangeText is the fallback where the command is gone.
  function replace(start, end, replacement) {
    select(start, end);
    const done = replacement ? document.execCommand("insertText", false, replacement) : document.execCommand("delete");
    if (!done) {
      textarea.setRangeText(replacement, start, end, "end");
      changed();
    }
  }

  function renderFinding(text, finding) {
    const item = document.createElement("li");
    item.className = "check";
    item.dataset.rule = finding.rule;
    item.dataset.severity = finding.severity;

    const head = document.createElement("p");
    head.className = "check-message";
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = SEVERITY_LABELS[finding.severity] || finding.severity;
    head.append(badge, " ", finding.message);
    item.append(head);

    if (pointsAtPart(text, finding)) {
      const excerpt = text.slice(finding.start, finding.end).trim();
      const show = document.createElement("button");
      show.type = "button";
      show.className = "excerpt";
      const label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = "Show in note: ";
      show.append(label, `“${excerpt.length > 60 ? excerpt.slice(0, 59) + "…" : excerpt}”`);
      show.addEventListener("click", () => select(finding.start, finding.end));
      item.append(show);
    }
    if (finding.suggestion) {
      const suggestion = document.createElement("p");
      suggestion.className = "suggestion";
      suggestion.textContent = finding.suggestion;
      item.append(suggestion);
    }
    const fix = fixFor(text, finding, context());
    if (fix) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "fix";
      // The button says what it will do: a bare "Fix" would ask for trust.
      button.textContent = `Fix: ${fix.label}`;
      // Its offsets are into `text`: a second tap before the checks catch up must not
      // cut the edited note at the old places.
      button.addEventListener("click", () => {
        if (textarea.value === text) replace(fix.start, fix.end, fix.replacement);
      });
      item.append(button);
    }
    return item;
  }

  function showReport(text, report) {
    paintHighlights(text, report.findings);
    checks.replaceChildren(...report.findings.map((f) => renderFinding(text, f)));
    const ready = text.trim() !== "" && report.verdict === "ready";
    verdict.textContent = ready ? "Ready to send" : "";
    verdict.dataset.state = ready ? "ready" : "";
    wording.hidden = report.wording_checked !== false;
  }

  async function runCheck() {
    const seq = ++checkSeq;
    const text = textarea.value;
    if (!text.trim()) {
      showReport(text, { verdict: "revise", findings: [] });
      return;
    }
    try {
      const report = await check(text, limit);
      // A reply for text that has changed since would mark the wrong characters.
      if (seq === checkSeq && textarea.value === text) showReport(text, report);
    } catch (error) {
      if (seq !== checkSeq) return;
      showReport(text, { verdict: "revise", findings: [] });
      // A load failure is explained once, in the status line; other errors are specific.
      verdict.textContent = error.name === "LoadError" ? "Not checked" : `Not checked: ${error.message}`;
    }
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(runCheck, CHECK_DELAY_MS);
  }

  function changed() {
    updateCount();
    // Old marks would point at the wrong characters until the new report arrives.
    paintHighlights(textarea.value, []);
    verdict.textContent = "";
    scheduleCheck();
    onChange(textarea.value);
  }

  textarea.addEventListener("input", changed);
  textarea.addEventListener("scroll", () => {
    highlights.scrollTop = textarea.scrollTop;
  });

  return {
    setLimit(value) {
      limit = value;
      updateCount();
      scheduleCheck();
    },
    setText(text) {
      textarea.value = text;
      changed();
    },
    // Another person's note, with the caret where they left it: not an edit, nothing saved.
    load(text, caret = text.length) {
      textarea.value = text;
      textarea.setSelectionRange(caret, caret);
      updateCount();
      paintHighlights(text, []);
      verdict.textContent = "";
      scheduleCheck();
    },
    caret: () => textarea.selectionStart,
    recheck: scheduleCheck,
    text: () => textarea.value,
  };
}
