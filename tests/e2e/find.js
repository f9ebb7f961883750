// Called in the page by tests/e2e/engine_ui.py in every engine: the one visible element a
// person would name by its role and accessible name, like Playwright's getByRole, for
// the drivers that have no such query (WebDriver, BiDi). Null when there is none; more
// than one is an error (a test must name exactly what it means).
//
// The name follows WAI-ARIA's accessible name computation as far as this app's markup
// needs it: aria-labelledby, aria-label, <label>, <legend>, then the text content.
// `{css, within}` finds by selector instead, `text` keeps elements whose text contains it.
(query) => {
  const ROLES = {
    button: "button, input[type=button], input[type=submit], [role=button]",
    textbox:
      "input:not([type]), input[type=text], input[type=search], input[type=url], input[type=email], textarea, [role=textbox]",
    radio: "input[type=radio], [role=radio]",
    checkbox: "input[type=checkbox], [role=checkbox]",
    combobox: "select, [role=combobox]",
    group: "fieldset, [role=group]",
    list: "ul, ol, [role=list]",
    listitem: "li, [role=listitem]",
    dialog: "dialog:not([role]), [role=dialog]",
    alertdialog: "[role=alertdialog]",
    complementary: "aside, [role=complementary]",
    status: "output, [role=status]",
    link: "a[href], [role=link]",
  };
  const textOf = (element) => element.textContent.replace(/\s+/g, " ").trim();
  const nameOf = (element) => {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map(textOf)
        .join(" ");
    }
    const label = element.getAttribute("aria-label");
    if (label) return label.trim();
    if (element.labels && element.labels.length) return [...element.labels].map(textOf).join(" ");
    if (element.matches("fieldset")) {
      const legend = element.querySelector(":scope > legend");
      return legend ? textOf(legend) : "";
    }
    if (element.matches("input, textarea, select")) return (element.getAttribute("title") || "").trim();
    return textOf(element);
  };
  const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  const described = ({ role, name, css, text }) => JSON.stringify({ role, name, css, text });

  const find = ({ role, name, exact = true, css, text, within }) => {
    const scope = within ? find(within) : document;
    if (!scope) return null;
    const selector = css || ROLES[role];
    if (!selector) throw new Error(`find.js knows no role ${role}`);
    const matches = [...scope.querySelectorAll(selector)]
      .filter(visible)
      .filter((element) => name === undefined || (exact ? nameOf(element) === name : nameOf(element).includes(name)))
      .filter((element) => text === undefined || textOf(element).includes(text));
    if (matches.length > 1) throw new Error(`${matches.length} elements match ${described({ role, name, css, text })}`);
    return matches[0] || null;
  };
  return find(query);
};
