// The compose form, built from the kinds data (how you know them, why connect), and the
// drafts list that follows what the user types.
import { countText } from "./editor.js";
import { modeFields } from "./message-mode.js";
import { formatList, inSentence, t } from "./i18n.js";
import { DETAIL_MAX, normalizeProfileURL } from "./people.js";

const DRAFT_DELAY_MS = 150;
// The drafts' tones (pycore.phrasing.Tone), as the page names them.
const TONES = { warm: t("warm"), brief: t("brief"), direct: t("direct") };

function slotField(slot, value, onInput) {
  const field = document.createElement("div");
  field.className = "field";
  const id = `slot-${slot.id}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = slot.label;
  const input = document.createElement("input");
  input.id = id;
  input.type = "text";
  input.autocomplete = "off";
  input.dataset.slot = slot.id;
  input.maxLength = DETAIL_MAX;
  input.value = value;
  input.required = slot.required;
  input.addEventListener("input", () => onInput(slot.id, input.value));
  field.append(label, input);
  return field;
}

// The details a chosen kind asks for, shown right under its chip: the required ones and
// the `pinned` ones, then the others folded away (unfolded when one already holds something).
function kindDetails(kind, slots, onInput, pinned) {
  const box = document.createElement("div");
  box.className = "chip-details";
  box.dataset.detailsOf = kind.id;
  const field = (slot) => slotField(slot, slots[slot.id] || "", onInput);
  const shown = kind.slots.filter((slot) => slot.required || pinned.includes(slot.id));
  box.append(...shown.map(field));
  const optional = kind.slots.filter((slot) => !shown.includes(slot));
  if (optional.length) {
    const fold = document.createElement("details");
    fold.className = "optional-fold";
    fold.open = optional.some((slot) => (slots[slot.id] || "").trim());
    const summary = document.createElement("summary");
    summary.textContent = t("Optional: {details}", {
      details: optional.map((slot) => inSentence(slot.label)).join(", "),
    });
    fold.append(summary, ...optional.map(field));
    box.append(fold);
  }
  return box;
}

const chipList = (group) => group.querySelector(".chip-list");

// The kinds this user picks most often first; otherwise the data's own order.
function likeliestFirst(list, counts) {
  return list
    .map((kind, index) => ({ kind, index }))
    .sort((a, b) => (counts[b.kind.id] || 0) - (counts[a.kind.id] || 0) || a.index - b.index)
    .map(({ kind }) => kind);
}

function choice(kind, type, group, onChange) {
  const label = document.createElement("label");
  label.className = "chip";
  label.dataset.kind = kind.id;
  const input = document.createElement("input");
  input.type = type;
  input.name = group;
  input.value = kind.id;
  input.addEventListener("change", onChange);
  const text = document.createElement("span");
  text.textContent = kind.label;
  label.append(input, text);
  return label;
}

export function createCompose(elements, { draft, onChange, onUse, onDrafts }) {
  const { form, howGroup, whyGroup, list, hint } = elements;
  let kinds = { how: [], why: [] };
  const slots = {};
  let draftTimer = 0;
  let draftSeq = 0;
  let settings = { name: "", about: "" };
  // What the drafts are: {kind, limit, sentNote} (message-mode.js editorMode).
  let mode = { kind: "invite", limit: 0, sentNote: null };
  let pinned = []; // optional details shown without unfolding
  // The person's chosen kinds, applied again when the kinds arrive after a load.
  let loaded = { how: null, why: [] };

  const chosenHow = () => kinds.how.find((k) => form.elements.how?.value === k.id) || null;
  const chosenWhy = () =>
    kinds.why.filter((k) => [...whyGroup.querySelectorAll("input:checked")].some((i) => i.value === k.id));
  // The detail slots of the chosen kinds, in the form's order.
  const chosenSlots = () => [...(chosenHow()?.slots || []), ...chosenWhy().flatMap((k) => k.slots)];
  const slotValue = (slot) => (slots[slot.id] || "").trim();

  function setSlot(id, value) {
    slots[id] = value;
    changed();
  }

  // Each chosen kind's details under its chip; a box already shown keeps its focus and
  // fold, unless `rebuild` (another person's values).
  function renderDetails(rebuild = false) {
    const chosen = [chosenHow(), ...chosenWhy()].filter((kind) => kind?.slots.length);
    for (const box of form.querySelectorAll(".chip-details")) {
      if (rebuild || !chosen.some((kind) => kind.id === box.dataset.detailsOf)) box.remove();
    }
    for (const kind of chosen) {
      const chip = form.querySelector(`.chip[data-kind="${kind.id}"]`);
      if (chip.nextElementSibling?.dataset.detailsOf !== kind.id) chip.after(kindDetails(kind, slots, setSlot, pinned));
    }
  }

  // Chips in the order this user is likeliest to need them, each followed by its details.
  let usage = { how: {}, why: {} };
  function orderChips() {
    for (const [group, list, counts] of [
      [howGroup, kinds.how, usage.how],
      [whyGroup, kinds.why, usage.why],
    ]) {
      for (const kind of likeliestFirst(list, counts)) {
        const chip = group.querySelector(`.chip[data-kind="${kind.id}"]`);
        const details = chip.nextElementSibling?.classList.contains("chip-details") ? chip.nextElementSibling : null;
        chipList(group).append(chip, ...(details ? [details] : []));
      }
    }
  }

  function state() {
    const how = chosenHow();
    return {
      name: form.elements.name.value.trim(),
      fullName: form.elements.full_name.value.trim(),
      how: how ? how.id : loaded.how,
      why: kinds.why.length ? chosenWhy().map((k) => k.id) : loaded.why,
      slots: { ...slots },
      company: form.elements.company.value.trim(),
      role: form.elements.role.value.trim(),
      profileURL: form.elements.profile_url.value.trim(),
      notes: form.elements.notes.value,
    };
  }

  // What is still missing before a draft can be written, in the form's order.
  function missing(current) {
    const needs = [];
    if (!current.name) needs.push(t("their first name"));
    if (!current.how) needs.push(t("how you know them"));
    if (!current.why.length) needs.push(t("why you want to connect"));
    const empty = chosenSlots().filter((s) => s.required && !slotValue(s));
    needs.push(...empty.map((s) => inSentence(s.label)));
    return needs;
  }

  function payload(current) {
    const filled = Object.fromEntries(
      chosenSlots()
        .filter(slotValue)
        .map((s) => [s.id, slotValue(s)])
    );
    const request = {
      name: current.name,
      how: current.how,
      why: current.why,
      slots: filled,
      lang: settings.noteLang,
      ...modeFields(mode),
    };
    if (current.company) request.company = current.company;
    if (current.role) request.role = current.role;
    if (current.fullName) request.full_name = current.fullName;
    if (current.profileURL) request.profile_url = current.profileURL;
    if (settings.about) request.about = settings.about;
    if (settings.name) request.sign_off = settings.name;
    if (settings.formal) request.formal = true;
    return request;
  }

  // Each draft is one big target: its "Use draft N" button covers the whole card (CSS).
  function draftCard(d, index) {
    const number = index + 1;
    const item = document.createElement("li");
    item.className = "draft";
    const text = document.createElement("p");
    text.className = "draft-text";
    text.id = `draft-${number}-text`;
    text.textContent = d.text;
    const foot = document.createElement("div");
    foot.className = "draft-foot";
    const meta = document.createElement("span");
    meta.className = "draft-meta";
    meta.textContent = [countText(d.length, mode.limit), TONES[d.tone] || d.tone].filter(Boolean).join(" · ");
    const use = document.createElement("button");
    use.type = "button";
    use.className = "draft-use";
    use.textContent = t("Use draft {number}", { number });
    use.setAttribute("aria-describedby", text.id);
    use.addEventListener("click", () => onUse(d.text));
    foot.append(meta, use);
    item.append(text, foot);
    return item;
  }

  function showDrafts(drafts) {
    list.replaceChildren(...drafts.map(draftCard));
    onDrafts(drafts.length);
  }

  async function runDraft() {
    const seq = ++draftSeq;
    const current = state();
    const needs = missing(current);
    if (needs.length) {
      showDrafts([]);
      markTooLong([]);
      hint.textContent = t("To see drafts, add {missing}.", { missing: formatList(needs) });
      return;
    }
    // Drafts already shown stay until the new ones arrive (no flicker, no chatter).
    if (!list.children.length) hint.textContent = t("Writing drafts…");
    try {
      const result = await draft(payload(current));
      if (seq !== draftSeq) return;
      showDrafts(result.drafts);
      hint.textContent = result.problem ? result.problem.message : t("Tap a draft to use it, then make it yours.");
      markTooLong(result.problem ? result.problem.fields : []);
    } catch (error) {
      if (seq !== draftSeq) return;
      showDrafts([]);
      hint.textContent =
        error.name === "LoadError"
          ? t("Drafts need the checks, which are unavailable right now: write your note below.")
          : t("No drafts: {reason}", { reason: error.message });
    }
  }

  // The fields a "cannot fit" answer names are marked, so the user sees what to shorten.
  function markTooLong(fields) {
    for (const input of form.querySelectorAll("input[type=text], input[type=url]")) {
      const id = input.dataset.slot || input.name;
      if (fields.includes(id)) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  }

  function redraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(runDraft, DRAFT_DELAY_MS);
  }

  function changed() {
    redraft();
    onChange(state());
  }

  function applyChoices() {
    for (const input of form.querySelectorAll('input[name="how"], input[name="why"]')) {
      input.checked = input.name === "how" ? loaded.how === input.value : loaded.why.includes(input.value);
    }
    renderDetails(true);
  }

  form.addEventListener("input", (event) => {
    if (!event.target.dataset.slot) changed();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // A profile address is normalized where it is entered ("linkedin.com/in/x" gets its scheme).
  form.elements.profile_url.addEventListener("change", (event) => {
    event.target.value = normalizeProfileURL(event.target.value);
  });

  return {
    setKinds(data) {
      kinds = data;
      const onChoice = () => {
        renderDetails();
        changed();
      };
      howGroup.querySelector("[data-placeholder]")?.remove();
      chipList(howGroup).append(...kinds.how.map((k) => choice(k, "radio", "how", onChoice)));
      chipList(whyGroup).append(...kinds.why.map((k) => choice(k, "checkbox", "why", onChoice)));
      orderChips();
      applyChoices();
      redraft();
    },
    // Show a person's details (the form's fields are theirs from now on).
    load(person) {
      form.elements.name.value = person.name || "";
      form.elements.full_name.value = person.fullName || "";
      form.elements.company.value = person.company || "";
      form.elements.role.value = person.role || "";
      form.elements.profile_url.value = person.profileURL || "";
      form.elements.notes.value = person.notes || "";
      for (const key of Object.keys(slots)) delete slots[key];
      Object.assign(slots, person.slots || {});
      loaded = { how: person.how || null, why: person.why || [] };
      applyChoices();
      showDrafts([]);
      redraft();
    },
    // The people kept so far, whose choices say which chips this user is likeliest to tap.
    setUsage(people) {
      usage = { how: {}, why: {} };
      for (const person of people) {
        if (person.how) usage.how[person.how] = (usage.how[person.how] || 0) + 1;
        for (const id of person.why || []) usage.why[id] = (usage.why[id] || 0) + 1;
      }
      if (kinds.how.length) orderChips();
    },
    redraft,
    // Optional details (slot ids) to show unfolded, as event mode's quick capture wants.
    pinDetails(ids) {
      pinned = ids;
      renderDetails(true);
    },
    setSettings(value) {
      settings = value;
      redraft();
    },
    setMode(value) {
      mode = value;
      redraft();
    },
    state,
  };
}
