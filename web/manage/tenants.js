// Which business to manage: the ones the signed-in person belongs to (or is invited to; opening one accepts).
import { h, show } from "../shared/dom.js";
import { manage } from "./session.js";
import { signOut } from "./shell.js";

const roles = { owner: "Owner", manager: "Manager", staff: "Staff" };

export async function chooseBusiness(main) {
  const { data: tenants } = await manage("/tenants");
  const open = (tenant) => `/manage/${encodeURIComponent(tenant.tenantId)}/bookings`;
  if (tenants.length === 1 && !tenants[0].invited) {
    location.replace(open(tenants[0]));
    return;
  }
  // Another sign-in may belong to the business this one does not.
  document.getElementById("nav").replaceChildren(h("ul", {}, h("li", {}, h("button", { type: "button", className: "link", onclick: signOut }, "Sign out"))));
  show(main,
    h("h1", {}, "Choose the business"),
    tenants.length === 0
      ? h("p", { className: "notice" }, "This sign-in belongs to no business yet. Ask its owner to invite your e-mail address, then sign in again.")
      : h("ul", { className: "cards" }, tenants.map((tenant) => h("li", { className: "card" },
        h("a", { href: open(tenant) }, tenant.name),
        h("div", { className: "muted" }, `${roles[tenant.role] ?? tenant.role} · booking page /${tenant.slug}`,
          tenant.invited ? " · invited: opening it accepts the invitation" : "")))));
}
