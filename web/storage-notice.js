// Safari deletes everything a site stored by script (IndexedDB, localStorage, its caches)
// after seven days of use without a visit, unless the web app is on the Home Screen; every
// browser on an iPhone is WebKit and keeps the same rule. So people who use Notewell in
// such a browser without installing it are told, in the page's flow (never over the
// note), how to keep their people and notes: add it to the Home Screen, and export a copy.
// "Got it" dismisses it for good; once installed it never shows.
import { t } from "./i18n.js";
import { readStored, writeStored } from "./settings.js";

const DISMISSED = "notewell.storage-notice-dismissed";

// WebKit under its own name: Safari on a Mac or an iPad says "Safari" without "Chrome";
// on an iPhone every browser is WebKit (Chrome says CriOS, Firefox FxiOS) whatever it says.
export function isAppleWebKit(userAgent) {
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  return /AppleWebKit/.test(userAgent) && /Safari/.test(userAgent) && !/Chrome|Chromium|Android|Edg\//.test(userAgent);
}

// `standalone`: the app runs from the Home Screen (navigator.standalone on iOS, the
// standalone display mode elsewhere), where WebKit keeps its data.
export function needsStorageNotice({ userAgent, standalone }) {
  return isAppleWebKit(userAgent) && !standalone;
}

function isStandalone() {
  return navigator.standalone === true || matchMedia("(display-mode: standalone)").matches;
}

export function showStorageNotice(container) {
  if (readStored(DISMISSED)) return;
  if (!needsStorageNotice({ userAgent: navigator.userAgent, standalone: isStandalone() })) return;
  const notice = document.createElement("aside");
  notice.className = "notice storage-notice";
  notice.setAttribute("aria-labelledby", "storage-notice-title");
  const title = document.createElement("strong");
  title.id = "storage-notice-title";
  title.textContent = t("Keep your notes on this device");
  const text = document.createElement("p");
  text.textContent = t(
    "Safari deletes what this app keeps on your device after 7 days without a visit. To keep your people and notes, install the app: tap Share, then Add to Home Screen. And now and then save a copy: People, then Export."
  );
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.className = "ghost";
  dismiss.textContent = t("Got it");
  dismiss.addEventListener("click", () => {
    writeStored(DISMISSED, true);
    notice.remove();
  });
  notice.append(title, text, dismiss);
  container.prepend(notice);
}
