// The checker's findings as a phone shows them: a summary ("2 errors, 1 warning"), then
// one line per finding, errors first, each opening to the part of the note it is about,
// the advice and the one-tap fixes. Findings of one rule share a line, and a fix offered
// twice is shown once.

const SEVERITIES = ["error", "warning", "tip"];
const LABELS = { error: "Error", warning: "Warning", tip: "Tip" };
const EXCERPT_MAX = 60;

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// Findings grouped by rule, most severe first, in text order within a severity.
function groupFindings(findings) {
  const groups = new Map();
  for (const finding of findings) {
    const key = `${finding.severity} ${finding.rule}`;
    if (!groups.has(key)) groups.set(key, { key, rule: finding.rule, severity: finding.severity, findings: [] });
    groups.get(key).findings.push(finding);
  }
  const rank = (severity) => (SEVERITIES.includes(severity) ? SEVERITIES.indexOf(severity) : SEVERITIES.length);
  return [...groups.values()].sort((a, b) => rank(a.severity) - rank(b.severity));
}

// "2 errors, 1 warning": one count per severity present, as many as lines shown.
export function countLine(groups) {
  return SEVERITIES.map((severity) => [severity, groups.filter((g) => g.severity === severity).length])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity))
    .join(", ");
}

function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", `#i-${name}`);
  svg.append(use);
  return svg;
}

// `editing` holds what the view needs of the editor: partOf(text, finding) says whether a
// finding is about a part of the note; fixFor, select(start, end) and apply(fix, text),
// which applies a fix made for `text` only while the note is still `text`.
export function createChecksView(list, editing) {
  // Lines the user opened stay open while the note is checked again on every keystroke.
  const opened = new Set();
  let rows = 0;

  function excerptButton(text, finding) {
    const excerpt = text.slice(finding.start, finding.end).trim();
    const show = document.createElement("button");
    show.type = "button";
    show.className = "excerpt";
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = "Show in note: ";
    const shown = excerpt.length > EXCERPT_MAX ? excerpt.slice(0, EXCERPT_MAX - 1) + "…" : excerpt;
    show.append(label, `“${shown}”`);
    show.addEventListener("click", () => editing.select(finding.start, finding.end));
    return show;
  }

  function fixButton(text, fix) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fix";
    // The button says what it will do: a bare "Fix" would ask for trust.
    button.textContent = `Fix: ${fix.label}`;
    button.addEventListener("click", () => editing.apply(fix, text));
    return button;
  }

  function line(text, group, offered) {
    const item = document.createElement("li");
    item.className = "check";
    item.dataset.rule = group.rule;
    item.dataset.severity = group.severity;
    const body = document.createElement("div");
    body.className = "check-body";
    body.id = `check-${++rows}`;

    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "check-line";
    toggle.setAttribute("aria-controls", body.id);
    // The severity as an icon (its colour and shape) and, for screen readers, a word.
    const severity = document.createElement("span");
    severity.className = "visually-hidden";
    severity.textContent = `${LABELS[group.severity] || group.severity}: `;
    const message = document.createElement("span");
    message.className = "check-message";
    message.textContent = group.findings[0].message;
    if (group.findings.length > 1) {
      const more = document.createElement("span");
      more.className = "check-more";
      more.textContent = ` (${group.findings.length} places)`;
      message.append(more);
    }
    toggle.append(
      icon(SEVERITIES.includes(group.severity) ? group.severity : "tip"),
      severity,
      message,
      icon("expand")
    );

    const excerpts = document.createElement("div");
    excerpts.className = "excerpts";
    const suggestions = new Set();
    for (const finding of group.findings) {
      if (editing.partOf(text, finding)) excerpts.append(excerptButton(text, finding));
      if (finding.suggestion) suggestions.add(finding.suggestion);
    }
    if (excerpts.children.length) body.append(excerpts);
    for (const suggestion of suggestions) {
      const advice = document.createElement("p");
      advice.className = "suggestion";
      advice.textContent = suggestion;
      body.append(advice);
    }
    for (const finding of group.findings) {
      const fix = editing.fixFor(text, finding);
      const key = fix && `${fix.start} ${fix.end} ${fix.replacement}`;
      if (!fix || offered.has(key)) continue;
      offered.add(key);
      body.append(fixButton(text, fix));
    }

    const setOpen = (open) => {
      toggle.setAttribute("aria-expanded", String(open));
      body.hidden = !open;
      item.classList.toggle("open", open);
      if (open) opened.add(group.key);
      else opened.delete(group.key);
    };
    toggle.addEventListener("click", () => setOpen(body.hidden));
    setOpen(opened.has(group.key));
    item.append(toggle, body);
    return item;
  }

  return {
    // Show the findings for `text`; returns the lines shown (groups), for the summary.
    show(text, findings) {
      const groups = groupFindings(findings);
      for (const key of opened) if (!groups.some((group) => group.key === key)) opened.delete(key);
      const offered = new Set();
      list.replaceChildren(...groups.map((group) => line(text, group, offered)));
      return groups;
    },
  };
}
