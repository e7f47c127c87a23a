// The booking site: /{slug} books an appointment, /{slug}/bookings/{id} shows (and manages) one.
import { call } from "../shared/api.js";
import { h, show } from "../shared/dom.js";
import { startBooking } from "./flow.js";
import { showBooking } from "./booking-page.js";

const main = document.getElementById("main");
const [slug, section, bookingId] = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);

async function start() {
  if (!slug) {
    show(main, h("h1", {}, "Book an appointment"), h("p", {}, "Open the booking link your business gave you, for example ", h("a", { href: "/demo-salon" }, "/demo-salon"), "."));
    return;
  }

  let tenant;
  try {
    tenant = await call(`/tenants/${encodeURIComponent(slug)}`);
  } catch (error) {
    show(main, h("h1", {}, "Business not found"), h("p", { className: "notice problem" }, error.message));
    return;
  }

  document.getElementById("business").textContent = tenant.name;
  document.title = `${tenant.name} · Book an appointment`;
  if (section === "bookings" && bookingId) await showBooking(main, tenant, bookingId);
  else await startBooking(main, tenant);
}

start();
