// The customer's details, checked in the browser as the API checks them; the API's field errors land on the same fields.
import { h } from "../shared/dom.js";

const fields = [
  { name: "name", api: "customer.name", label: "Your name", type: "text", autocomplete: "name", required: true },
  { name: "email", api: "customer.email", label: "E-mail", type: "email", autocomplete: "email" },
  { name: "phone", api: "customer.phone", label: "Mobile number (international, e.g. +27821234567)", type: "tel", autocomplete: "tel" },
];

export function customerForm(onSubmit) {
  const submit = h("button", { type: "submit" }, "Book");
  const form = h("form", { className: "details", novalidate: true },
    fields.map((f) => h("div", {},
      h("label", { for: `field-${f.name}` }, f.label),
      h("input", { id: `field-${f.name}`, name: f.name, type: f.type, autocomplete: f.autocomplete, required: f.required, "aria-describedby": `error-${f.name}` }),
      h("p", { id: `error-${f.name}`, className: "error" }))),
    h("p", { id: "form-error", className: "error", role: "alert" }),
    submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const customer = Object.fromEntries(fields.map((f) => [f.name, form.elements[f.name].value.trim() || null]));
    const errors = check(customer);
    showFieldErrors(form, errors, Object.keys(errors).length ? "Please correct the marked fields." : "");
    if (!Object.keys(errors).length) onSubmit(customer, submit);
  });
  return form;
}

function check({ name, email, phone }) {
  const errors = {};
  if (!name) errors["customer.name"] = "is required.";
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors["customer.email"] = "must be a valid e-mail address.";
  if (phone && !/^\+[1-9][\d\s().-]{7,}$/.test(phone)) errors["customer.phone"] = "must be an international number such as +27821234567.";
  if (!email && !phone) errors["customer.email"] = "an e-mail address or a phone number is required.";
  return errors;
}

/** Marks each field named in the errors (API field names like customer.email) and focuses the first. */
export function showFieldErrors(form, errors, summary) {
  let first = null;
  for (const f of fields) {
    const message = errors[f.api];
    const input = form.elements[f.name];
    input.setAttribute("aria-invalid", message ? "true" : "false");
    form.querySelector(`#error-${f.name}`).textContent = message ? `${f.label.split(" (")[0]} ${message}` : "";
    if (message && !first) first = input;
  }
  form.querySelector("#form-error").textContent = summary ?? "";
  (first ?? (summary ? form.querySelector("button[type=submit]") : null))?.focus();
}
