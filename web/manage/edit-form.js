// Forms that write a resource back under its ETag: the API's field errors land on their fields, and a
// 412 (someone saved a newer version meanwhile) is shown instead of overwriting their change.
import { ApiError } from "../shared/api.js";
import { h } from "../shared/dom.js";

/** A labelled input whose error paragraph is named by the API field it maps to. */
export function field({ id, label, api, type = "text", value, required, min, step, hint }) {
  const input = type === "textarea"
    ? h("textarea", { id, name: id, "data-api": api, "aria-describedby": `${id}-error${hint ? ` ${id}-hint` : ""}` }, value ?? "")
    : h("input", { id, name: id, type, value: value ?? "", required, min, step, "data-api": api, "aria-describedby": `${id}-error${hint ? ` ${id}-hint` : ""}` });
  return h("div", { className: "field" },
    h("label", { for: id }, label), input,
    hint ? h("p", { id: `${id}-hint`, className: "muted" }, hint) : null,
    h("p", { id: `${id}-error`, className: "error" }));
}

export function checkbox({ id, label, api, checked }) {
  return h("div", { className: "field check" },
    h("input", { id, name: id, type: "checkbox", checked, "data-api": api }), h("label", { for: id }, label));
}

/** Clears the marks of an earlier attempt. */
export function clearErrors(form) {
  for (const input of form.querySelectorAll("[data-api]")) {
    input.removeAttribute("aria-invalid");
    const error = form.querySelector(`#${CSS.escape(input.id)}-error`);
    if (error) error.textContent = "";
  }
  form.querySelector(".form-problem")?.remove();
}

/**
 * Shows why a save failed: each API field error on its input (the first focused), a conflict or any
 * other problem as an alert at the top of the form. Answers true when it was a 412 conflict.
 */
export function showFailure(form, error, conflictText) {
  const conflict = error instanceof ApiError && error.status === 412;
  const unplaced = [];
  let first = null;
  if (error instanceof ApiError) {
    for (const [api, message] of Object.entries(error.fieldErrors)) {
      const input = [...form.querySelectorAll("[data-api]")].find((i) => i.dataset.api === api);
      const name = input?.getAttribute("aria-label") ?? (input ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent : null) ?? api;
      const place = input ? form.querySelector(`#${CSS.escape(input.id)}-error`) : null;
      if (input) input.setAttribute("aria-invalid", "true");
      if (place) place.textContent = `${name} ${message}`;
      else unplaced.push(`${name} ${message}`);
      first ??= input;
    }
  }
  const text = conflict ? conflictText : error instanceof ApiError ? error.message : "The change could not be sent; check the connection and try again.";
  const alert = h("div", { className: "notice problem form-problem", role: "alert", tabindex: "-1", "data-problem": conflict ? "conflict" : "failed" },
    text, unplaced.length ? h("ul", {}, unplaced.map((m) => h("li", {}, m))) : null);
  form.prepend(alert);
  (first ?? alert).focus();
  return conflict;
}
