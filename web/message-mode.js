// The first message after they accept (issue 14): when the editor writes it instead of the
// invitation's note, what it is drafted and checked as, and the nudge to send it.
import { t } from "./i18n.js";
import { NUDGE_AFTER_MS, currentStatus, daysSince } from "./people.js";

// LinkedIn's limit for a message (pycore.model.MESSAGE_LIMIT): the count needs it before
// Python is ready. The checks and drafts are never sent it: a message's limit is pycore's.
export const MESSAGE_LIMIT = 8000;

// Once the invitation went out without a note, or they accepted, what is left to write is
// the first message.
const MESSAGE_STATUSES = new Set(["sent-plain", "accepted", "followed-up"]);
const INVITATIONS = new Set(["copied", "sent-note", "sent-plain"]);

// The note their invitation carried: the last one sent (or copied to send), unless the
// invitation went out without one after it. Null when there was none.
export function sentNote(person) {
  const last = person.history.findLast((entry) => INVITATIONS.has(entry.status));
  return last?.status !== "sent-plain" && last?.text?.trim() ? last.text : null;
}

// What the editor writes for this person: {kind, limit, sentNote}, `kind` as pycore's
// ("invite" or "message"); `noteLimit` is the account's (200 or 300).
export function editorMode(person, noteLimit) {
  if (!MESSAGE_STATUSES.has(currentStatus(person))) return { kind: "invite", limit: noteLimit, sentNote: null };
  return { kind: "message", limit: MESSAGE_LIMIT, sentNote: sentNote(person) };
}

// A note that never went out (the invitation went without one) is what their first
// message should say, as the monthly budget advises: the message starts from it.
export function withMessageStarted(person) {
  if (person.message.trim() || sentNote(person) !== null || !person.draft.trim()) return person;
  return { ...person, message: person.draft };
}

// What the worker's check and draft are told of a mode. A message's limit is pycore's own
// (LinkedIn's 8,000), so none is sent; a blank note is no note.
export function modeFields(mode) {
  if (mode.kind === "invite") return { limit: mode.limit };
  return mode.sentNote ? { kind: "message", sent_note: mode.sentNote } : { kind: "message" };
}

// The record field the editor's text is kept in, for a mode.
export const textField = (mode) => (mode.kind === "message" ? "message" : "draft");

// Days since they accepted, when that was over two days ago (NUDGE_AFTER_MS, as for the
// note: write while they remember you) and no message went yet; otherwise null.
export function daysAwaitingMessage(person, now = new Date()) {
  if (currentStatus(person) !== "accepted") return null;
  const accepted = person.history[person.history.length - 1].at;
  return now - new Date(accepted) > NUDGE_AFTER_MS ? daysSince(accepted, now) : null;
}

// The editor's heading, the note that was sent (read-only, above the message) and the
// steps to paste it, for a mode.
export function createModeView({ label, sent, sentText, noteSteps, messageSteps }) {
  return {
    show(mode) {
      const message = mode.kind === "message";
      label.textContent = message ? t("First message") : t("Note");
      sent.hidden = !message;
      sentText.textContent = mode.sentNote ?? t("Your invitation went without a note.");
      sentText.classList.toggle("hint", !mode.sentNote);
      noteSteps.hidden = message;
      messageSteps.hidden = !message;
    },
  };
}
