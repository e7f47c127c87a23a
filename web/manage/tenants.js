// Which business to manage: its id, remembered in this browser for next time.
import { h, show } from "../shared/dom.js";

const key = "manage-tenant";

export async function chooseBusiness(main) {
  const form = h("form", { className: "details" },
    h("div", {},
      h("label", { for: "tenant-id" }, "Business id"),
      h("input", { id: "tenant-id", name: "tenantId", required: true, autocomplete: "off", value: localStorage.getItem(key) ?? "", "aria-describedby": "tenant-hint" }),
      h("p", { id: "tenant-hint", className: "muted" }, "The id your sign-up answered, such as tnt-demo-salon.")),
    h("button", { type: "submit" }, "Open"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const tenantId = form.elements.tenantId.value.trim();
    if (!tenantId) return;
    localStorage.setItem(key, tenantId);
    location.assign(`/manage/${encodeURIComponent(tenantId)}/bookings`);
  });
  show(main, h("h1", {}, "Choose the business"), form);
}
