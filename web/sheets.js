// Bottom sheets (People, Settings) and the one confirmation dialog, on <dialog>.
import { t } from "./i18n.js";

// Browsers before <dialog> (Safari < 15.4) get the least that keeps the app working:
// shown and hidden by its open attribute, and forms of method="dialog" that close it
// instead of reloading the page.
function supportDialog(dialog) {
  if (typeof dialog.showModal === "function") return;
  dialog.returnValue = "";
  dialog.showModal = () => dialog.setAttribute("open", "");
  dialog.close = (value) => {
    if (value !== undefined) dialog.returnValue = value;
    dialog.removeAttribute("open");
    dialog.dispatchEvent(new Event("close"));
  };
  Object.defineProperty(dialog, "open", { get: () => dialog.hasAttribute("open") });
  dialog.addEventListener("submit", (event) => {
    if (event.target.getAttribute("method") !== "dialog") return;
    event.preventDefault();
    dialog.close(event.submitter?.value ?? "");
  });
}

// A sheet closes like a native one: its header's close control, Escape, or a tap on the
// dimmed page around it.
export function makeSheet(dialog) {
  supportDialog(dialog);
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
  return dialog;
}

// Ask before a step that cannot be undone or will not do what the user expects. The
// harmless choice has the focus, so Enter or a second slip of the thumb keeps things as
// they were; only the named action proceeds.
export function createConfirm(dialog) {
  supportDialog(dialog);
  const title = dialog.querySelector("#confirm-title");
  const text = dialog.querySelector("#confirm-text");
  const cancel = dialog.querySelector("#confirm-cancel");
  const ok = dialog.querySelector("#confirm-ok");

  return function confirmStep({ question, explanation, action, keep = t("Cancel"), danger = false }) {
    title.textContent = question;
    text.textContent = explanation;
    ok.textContent = action;
    ok.className = danger ? "danger-filled" : "primary";
    cancel.textContent = keep;
    dialog.returnValue = "";
    const form = dialog.querySelector("form");
    return new Promise((resolve) => {
      const answer = () => {
        form.removeEventListener("submit", submitted);
        dialog.removeEventListener("close", answer);
        resolve(dialog.returnValue === "confirm");
      };
      // A tap on a button answers within that tap: the dialog closes and the step goes on
      // while the user's gesture lasts, which WebKit requires of a copy to the clipboard.
      // (The close event comes a task later, too late; it answers Escape.)
      const submitted = (event) => {
        event.preventDefault();
        if (dialog.open) dialog.close(event.submitter?.value ?? "");
        answer();
      };
      form.addEventListener("submit", submitted);
      dialog.addEventListener("close", answer);
      dialog.showModal();
      cancel.focus();
    });
  };
}
