// The action bar at the bottom of the screen: the count, the verdict in a word and Copy
// (Share and Open their profile when they apply), always on screen and above the
// on-screen keyboard. Copy refuses an empty note and asks before copying one that will
// not work as it stands. While the note is empty it points at drafts that are ready.

const WORDS = {
  empty: "Empty",
  over: "Too long",
  checking: "Checking…",
  ready: "Ready",
  revise: "Revise",
  unchecked: "Not checked",
};
const COPIED_MS = 4000;

const calm = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

// Bring an element to the top of the screen (below the app bar, see scroll-padding).
export function bringIntoView(element) {
  element.scrollIntoView({ block: "start", behavior: calm() ? "auto" : "smooth" });
}

// Why copying this note now would disappoint: cut off by LinkedIn, or an error still open.
function copyProblem({ length, limit, errors }) {
  const problems = [];
  if (length > limit) {
    problems.push(
      `It has ${length} characters and LinkedIn's box keeps only ${limit}: the last ${length - limit} would be cut off.`
    );
  }
  const others = errors.filter((finding) => finding.rule !== "length");
  if (others.length === 1) problems.push(`One error is still open: ${others[0].message}`);
  else if (others.length > 1) problems.push(`${others.length} errors are still open, first: ${others[0].message}`);
  return problems.join(" ");
}

// Older browsers and some embedded views lack the async clipboard: select and copy.
function copyBySelection(textarea) {
  textarea.focus();
  textarea.select();
  return document.execCommand("copy");
}

// On iOS (and Chrome without interactive-widget) the keyboard covers the layout viewport
// instead of shrinking it; the visual viewport says how much of the page it hides.
function followKeyboard(dock) {
  const viewport = window.visualViewport;
  if (!viewport) return;
  const place = () => {
    const hidden = Math.max(0, Math.round(innerHeight - viewport.height - viewport.offsetTop));
    dock.style.setProperty("--keyboard-inset", `${hidden}px`);
  };
  viewport.addEventListener("resize", place);
  viewport.addEventListener("scroll", place);
  place();
}

// Scrolling something into view (scroll-padding in styles.css) keeps it clear of the bar,
// however tall a larger text size or a message makes it.
function measureHeight(dock) {
  if (typeof ResizeObserver !== "function") return;
  new ResizeObserver(() => {
    document.documentElement.style.setProperty("--dock-height", `${dock.offsetHeight}px`);
  }).observe(dock);
}

export function createActionBar(elements, { judgement, confirmStep, onCopied }) {
  const { dock, info, word, cue, cueText, copy, share, copyStatus, textarea } = elements;
  const { drafts, draftsCard, checksStart } = elements;
  let draftCount = 0;
  let copiedTimer = 0;

  function showChecks() {
    bringIntoView(checksStart);
  }

  // The drafts list is on screen when any of it shows between the app bar and this bar.
  function draftsOnScreen() {
    const list = drafts.getBoundingClientRect();
    return list.bottom > 0 && list.top < dock.getBoundingClientRect().top;
  }

  function showCue() {
    const wanted = draftCount > 0 && !textarea.value.trim() && !draftsOnScreen();
    cue.hidden = !wanted;
    info.hidden = wanted;
  }

  let cueFrame = 0;
  const updateCueSoon = () => {
    cancelAnimationFrame(cueFrame);
    cueFrame = requestAnimationFrame(showCue);
  };
  addEventListener("scroll", updateCueSoon, { passive: true });
  addEventListener("resize", updateCueSoon);

  cue.addEventListener("click", () => {
    bringIntoView(draftsCard);
    draftsCard.focus({ preventScroll: true });
    cue.hidden = true;
    info.hidden = false;
  });
  info.addEventListener("click", showChecks);

  async function copyNote() {
    const current = judgement();
    if (!current.text.trim()) return;
    const problem = copyProblem(current);
    if (problem) {
      const copyAnyway = await confirmStep({
        question: "Copy it anyway?",
        explanation: problem,
        action: "Copy anyway",
        keep: "Keep editing",
      });
      if (!copyAnyway) {
        showChecks();
        return;
      }
    }
    let copied;
    try {
      await navigator.clipboard.writeText(textarea.value);
      copied = true;
    } catch {
      copied = copyBySelection(textarea);
    }
    clearTimeout(copiedTimer);
    copyStatus.textContent = copied
      ? "Copied. Now paste it into LinkedIn."
      : "Could not copy: select the note and copy it by hand.";
    copyStatus.dataset.state = copied ? "ok" : "failed";
    if (copied) {
      onCopied();
      copiedTimer = setTimeout(() => (copyStatus.textContent = ""), COPIED_MS);
    }
  }
  copy.addEventListener("click", copyNote);

  if (typeof navigator.share === "function") {
    share.hidden = false;
    share.addEventListener("click", async () => {
      try {
        await navigator.share({ text: textarea.value });
      } catch {
        // The user closed the share sheet: nothing to do.
      }
    });
  }

  followKeyboard(dock);
  measureHeight(dock);

  return {
    // The editor's judgement changed: the word, and whether there is anything to copy.
    update() {
      const { state, text } = judgement();
      word.textContent = WORDS[state];
      word.dataset.state = state;
      copy.disabled = !text.trim();
      showCue();
    },
    draftsShown(count) {
      draftCount = count;
      cueText.textContent = count === 1 ? "1 draft ready" : `${count} drafts ready`;
      showCue();
    },
  };
}
