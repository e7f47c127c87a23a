// The catalog: services with duration, price, buffers and whether they are offered; edits are saved under the service's ETag.
import { announce, h, show } from "../shared/dom.js";
import { money } from "../shared/times.js";
import { checkbox, clearErrors, field, showFailure } from "./edit-form.js";
import { manage } from "./session.js";

export async function showServices(main, shell) {
  const { data: services } = await manage(shell.path("/services"));
  show(main,
    h("h1", {}, "Services"),
    h("ul", { className: "cards" }, services.map((service) => h("li", { className: "card", "data-service": service.id },
      h("strong", {}, service.name), service.active ? "" : h("span", { className: "badge cancelled" }, " not offered"),
      h("div", { className: "muted" }, `${service.durationMinutes} minutes · ${money(service.price)}`),
      h("button", { type: "button", className: "secondary", onclick: () => editService(main, shell, service.id) },
        "Edit", h("span", { className: "visually-hidden" }, ` ${service.name}`))))),
    h("button", { type: "button", onclick: () => editService(main, shell, null) }, "Add a service"));
}

async function editService(main, shell, serviceId) {
  const { data: service, etag } = serviceId ? await manage(shell.path(`/services/${encodeURIComponent(serviceId)}`)) : { data: null, etag: null };
  const currency = shell.settings.currency;
  const form = h("form", { className: "details", novalidate: true },
    field({ id: "service-name", label: "Name", api: "name", value: service?.name, required: true }),
    field({ id: "service-description", label: "Description", api: "description", type: "textarea", value: service?.description }),
    field({ id: "service-duration", label: "Duration (minutes)", api: "durationMinutes", type: "number", min: "5", step: "5", value: service?.durationMinutes }),
    field({ id: "service-price", label: `Price (${currency})`, api: "priceMinor", type: "number", min: "0", step: "0.01", value: service ? (service.price.amountMinor / 100).toFixed(2) : "" }),
    field({ id: "service-buffer-before", label: "Free minutes before", api: "bufferBeforeMinutes", type: "number", min: "0", value: service?.bufferBeforeMinutes ?? 0 }),
    field({ id: "service-buffer-after", label: "Free minutes after", api: "bufferAfterMinutes", type: "number", min: "0", value: service?.bufferAfterMinutes ?? 0 }),
    checkbox({ id: "service-active", label: "Offered for booking", api: "active", checked: service?.active ?? true }),
    h("div", { className: "actions" },
      h("button", { type: "submit" }, "Save service"),
      h("button", { type: "button", className: "secondary", onclick: () => showServices(main, shell) }, "Back to services")));
  const idempotencyKey = crypto.randomUUID();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      name: form.elements["service-name"].value.trim(),
      description: form.elements["service-description"].value.trim() || null,
      durationMinutes: Number(form.elements["service-duration"].value),
      priceMinor: Math.round(Number(form.elements["service-price"].value) * 100),
      bufferBeforeMinutes: Number(form.elements["service-buffer-before"].value),
      bufferAfterMinutes: Number(form.elements["service-buffer-after"].value),
      deposit: service?.deposit ?? null,
      staffIds: service?.staffIds ?? [],
      active: form.elements["service-active"].checked,
    };
    try {
      await manage(shell.path(serviceId ? `/services/${encodeURIComponent(serviceId)}` : "/services"), {
        method: serviceId ? "PUT" : "POST", body, retries: 0,
        headers: serviceId ? { "If-Match": etag } : { "Idempotency-Key": idempotencyKey },
      });
      await showServices(main, shell);
      announce(`${body.name} saved.`);
    } catch (error) {
      if (showFailure(form, error, "Someone else saved this service after you opened it, so your changes were not saved. Reload it to see their version, then make your change again.")) {
        form.querySelector(".form-problem").append(" ",
          h("button", { type: "button", className: "secondary", onclick: () => editService(main, shell, serviceId) }, "Reload the service"));
      }
    }
  });
  show(main, h("h1", {}, service ? `Edit ${service.name}` : "Add a service"), form);
}
