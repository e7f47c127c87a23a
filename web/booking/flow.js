// Booking, step by step: a service, a day of its month, a time, the customer's details.
import { ApiError, call } from "../shared/api.js";
import { announce, h, show } from "../shared/dom.js";
import { longDate, money, timeWithZones } from "../shared/times.js";
import { monthGrid, monthSlots } from "./calendar.js";
import { customerForm, showFieldErrors } from "./customer-form.js";
import { payDeposit } from "./payment.js";
import { manageLink, remember } from "./tokens.js";

export async function startBooking(main, tenant) {
  show(main,
    h("h1", {}, tenant.name),
    h("h2", {}, "Choose a service"),
    h("ul", { className: "cards" }, tenant.services.map((service) => h("li", { className: "card" },
      h("strong", {}, service.name),
      h("div", { className: "muted" }, `${service.durationMinutes} minutes · ${money(service.price)}`,
        service.deposit ? ` · deposit ${money(service.deposit)}` : ""),
      service.description ? h("p", {}, service.description) : null,
      h("button", { type: "button", "data-service": service.id, onclick: () => chooseDay(main, tenant, service) }, `Book ${service.name}`)))));
}

async function chooseDay(main, tenant, service, month = currentMonth(tenant.timeZone)) {
  const byDay = await monthSlots(tenant.slug, service.id, month.year, month.month, tenant.timeZone);
  const title = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(month.year, month.month - 1, 15)));
  show(main,
    h("h2", {}, `${service.name}: choose a day`),
    h("div", { className: "month-nav" },
      h("button", { type: "button", className: "secondary", onclick: () => chooseDay(main, tenant, service, shift(month, -1)) }, "Previous month"),
      h("strong", { "aria-live": "polite" }, title),
      h("button", { type: "button", className: "secondary", onclick: () => chooseDay(main, tenant, service, shift(month, 1)) }, "Next month")),
    h("p", { className: "muted" }, `Times are shown in ${tenant.timeZone}.`),
    monthGrid(month.year, month.month, byDay, (date, slots) => chooseTime(main, tenant, service, date, slots)),
    h("button", { type: "button", className: "secondary", onclick: () => startBooking(main, tenant) }, "Back to services"));
}

function chooseTime(main, tenant, service, date, slots) {
  show(main,
    h("h2", {}, `${longDate(slots[0].start, tenant.timeZone)}: choose a time`),
    h("ul", { className: "times" }, slots.map((slot) => h("li", {},
      h("button", { type: "button", "data-start": slot.start, onclick: () => enterDetails(main, tenant, service, slot) }, timeWithZones(slot.start, tenant.timeZone))))),
    h("button", { type: "button", className: "secondary", onclick: () => chooseDay(main, tenant, service) }, "Choose another day"));
}

/** One Idempotency-Key per booking attempt: a double click or a retried request books once. */
function enterDetails(main, tenant, service, slot) {
  const idempotencyKey = crypto.randomUUID();
  const form = customerForm(async (customer, submit) => {
    submit.disabled = true;
    announce("Booking…");
    try {
      const booking = await call(`/tenants/${encodeURIComponent(tenant.slug)}/bookings`, {
        method: "POST",
        headers: { "Idempotency-Key": idempotencyKey },
        body: { serviceId: service.id, staffId: slot.staffId, start: slot.start, customer },
      });
      remember(booking.id, booking.accessToken);
      if (booking.status === "pendingPayment") await payDeposit(tenant, booking, booking.accessToken);
      else location.assign(manageLink(tenant.slug, booking.id, booking.accessToken));
    } catch (error) {
      submit.disabled = false;
      refused(main, tenant, service, form, error);
    }
  });
  show(main,
    h("h2", {}, "Your details"),
    h("dl", { className: "summary" },
      h("dt", {}, "Service"), h("dd", {}, `${service.name} (${service.durationMinutes} minutes)`),
      h("dt", {}, "When"), h("dd", {}, `${longDate(slot.start, tenant.timeZone)}, ${timeWithZones(slot.start, tenant.timeZone)}`),
      h("dt", {}, "Price"), h("dd", {}, money(service.price)),
      service.deposit ? [h("dt", {}, "Deposit now"), h("dd", {}, money(service.deposit))] : null),
    form,
    h("button", { type: "button", className: "secondary", onclick: () => chooseDay(main, tenant, service) }, "Choose another time"));
}

function refused(main, tenant, service, form, error) {
  if (!(error instanceof ApiError)) {
    showFieldErrors(form, {}, "The booking could not be sent. Check your connection and press Book again.");
  } else if (error.kind === "slot-unavailable") {
    show(main,
      h("h2", {}, "That time was just taken"),
      h("p", {}, "These times are free nearby:"),
      h("ul", { className: "times" }, (error.problem.alternatives ?? []).map((slot) => h("li", {},
        h("button", { type: "button", onclick: () => enterDetails(main, tenant, service, slot) },
          `${longDate(slot.start, tenant.timeZone)}, ${timeWithZones(slot.start, tenant.timeZone)}`)))),
      h("button", { type: "button", className: "secondary", onclick: () => chooseDay(main, tenant, service) }, "Choose another day"));
  } else {
    showFieldErrors(form, error.fieldErrors, error.message);
  }
}

function currentMonth(zone) {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit" }).format(new Date()).split("-").map(Number);
  return { year, month };
}

function shift({ year, month }, by) {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
