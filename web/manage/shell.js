// What every dashboard screen shares: the business (its settings: name, zone, currency), the navigation and sign-out.
import { h, show } from "../shared/dom.js";
import { endSession, manage } from "./session.js";

const screens = [["bookings", "Bookings"], ["services", "Services"], ["staff", "Staff and hours"], ["stats", "Stats"]];

export async function openShell(tenantId, current) {
  const main = document.getElementById("screen");
  let settings;
  try {
    settings = (await manage(`/tenants/${encodeURIComponent(tenantId)}/settings`)).data;
  } catch (error) {
    show(main, h("h1", {}, "This business cannot be opened"), h("p", { className: "notice problem", role: "alert" }, error.message),
      h("p", {}, h("a", { href: "/manage/" }, "Choose another business")));
    return null;
  }

  const link = (screen, query = "") => `/manage/${encodeURIComponent(tenantId)}/${screen}${query}`;
  document.getElementById("business").textContent = settings.name;
  document.title = `${settings.name} · Dashboard`;
  document.getElementById("nav").replaceChildren(h("ul", {},
    screens.map(([screen, label]) => h("li", {}, h("a", { href: link(screen), "aria-current": screen === current ? "page" : null }, label))),
    h("li", {}, h("button", { type: "button", className: "link", onclick: signOut }, "Sign out"))));
  return { tenantId, settings, link, path: (rest) => `/tenants/${encodeURIComponent(tenantId)}${rest}` };
}

export function signOut() {
  endSession();
  location.assign("/manage/");
}
