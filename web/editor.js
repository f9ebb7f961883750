// The Note editor: the count (in JavaScript, so it works before Python), the checks
// from Python, highlights tied to the text and one-tap fixes.
import { countLine, createChecksView } from "./checks-view.js";
import { fixFor } from "./fixes.js";

// The count turns to a warning in the last tenth of the limit.
const NEAR_SHARE = 0.9;
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

// "123 / 200", "1,234 / 8,000": the count as the editor and the drafts show it.
export function countText(length, limit) {
  return `${length.toLocaleString("en")} / ${limit.toLocaleString("en")}`;
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

export function createEditor(elements, { check, context, onChange, onJudged }) {
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
    count.textContent = countText(length, limit);
    count.dataset.state = countState(length, limit);
    onJudged();
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

  const checksView = createChecksView(checks, {
    partOf: pointsAtPart,
    fixFor: (text, finding) => fixFor(text, finding, context()),
    select,
    // The fix's offsets are into `text`: a second tap before the checks catch up must
    // not cut the edited note at the old places.
    apply: (fix, text) => {
      if (textarea.value === text) replace(fix.start, fix.end, fix.replacement);
    },
  });

  // The last report's verdict for the action bar and Copy: "ready", "revise" or
  // "unchecked", with the errors it found. Null until the note on screen was checked.
  let judged = null;

  function setVerdict(text, state) {
    // Unchanged words are not written again, so a screen reader hears them once.
    if (verdict.textContent !== text) verdict.textContent = text;
    verdict.dataset.state = state;
  }

  function showReport(text, report) {
    paintHighlights(text, report.findings);
    const lines = checksView.show(text, report.findings);
    const ready = text.trim() !== "" && report.verdict === "ready";
    const counts = countLine(lines);
    if (!text.trim()) setVerdict("", "");
    else if (ready) setVerdict(counts ? `Ready to send · ${counts}` : "Ready to send", "ready");
    else setVerdict(counts || "Revise before sending", "revise");
    const errors = report.findings.filter((f) => f.severity === "error");
    judged = text.trim() ? { state: ready ? "ready" : "revise", errors } : null;
    wording.hidden = report.wording_checked !== false;
    onJudged();
  }

  async function runCheck() {
    const seq = ++checkSeq;
    const text = textarea.value;
    if (!text.trim()) {
      showReport(text, { verdict: "revise", findings: [] });
      return;
    }
    try {
      const report = await check(text);
      // A reply for text that has changed since would mark the wrong characters.
      if (seq === checkSeq && textarea.value === text) showReport(text, report);
    } catch (error) {
      if (seq !== checkSeq) return;
      showReport(text, { verdict: "revise", findings: [] });
      // A load failure is explained once, in the status line; other errors are specific.
      setVerdict(error.name === "LoadError" ? "Not checked" : `Not checked: ${error.message}`, "unchecked");
      judged = { state: "unchecked", errors: [] };
      onJudged();
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
      judged = null;
      setVerdict("", "");
      updateCount();
      paintHighlights(text, []);
      scheduleCheck();
    },
    caret: () => textarea.selectionStart,
    recheck: scheduleCheck,
    text: () => textarea.value,
    // The note as Copy and the action bar see it. The verdict may be a keystroke old until
    // the next report; the length never is.
    judgement() {
      const text = textarea.value;
      const length = noteLength(text);
      let state = judged ? judged.state : "checking";
      if (!text.trim()) state = "empty";
      else if (length > limit) state = "over";
      return { text, length, limit, state, errors: judged ? judged.errors : [] };
    },
  };
}
