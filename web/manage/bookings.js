// The day and week views of the business's bookings, with what the business does to them.
import { ApiError } from "../shared/api.js";
import { announce, h, show } from "../shared/dom.js";
import { money, time, today } from "../shared/times.js";
import { cancelDialog } from "./cancel-dialog.js";
import { addDays, dayName, isDate, weekStart } from "./calendar-dates.js";
import { bookingEvents, followEvents } from "./live.js";
import { manage } from "./session.js";

const statusText = {
  pendingPayment: "Awaiting deposit",
  confirmed: "Confirmed",
  cancelled: "Cancelled",
  expired: "Expired",
  completed: "Completed",
  noShow: "No-show",
};

export async function showBookings(main, shell) {
  const query = new URLSearchParams(location.search);
  const view = query.get("view") === "week" ? "week" : "day";
  const zone = shell.settings.timeZone;
  const date = isDate(query.get("date")) ? query.get("date") : today(zone);
  const from = view === "week" ? weekStart(date) : date;
  const to = view === "week" ? addDays(from, 6) : date;
  const names = await catalogNames(shell);
  const screen = { main, shell, view, date, from, to, zone, names };
  await render(screen);
  followEvents(shell, (type, event) => happened(screen, type, event));
}

/** A live event: the period is read again when it concerns one of its bookings; a disconnected calendar is shown until dismissed. */
async function happened(screen, type, event) {
  if (type === "calendar.disconnected") {
    calendarDisconnected(screen, event.data.staffId);
    return;
  }
  const booking = event.data.booking;
  const day = booking?.start.slice(0, 10);
  if (!bookingEvents.includes(type) || !day || day < screen.from || day > screen.to) return;
  await render(screen);
  const card = document.querySelector(`[data-booking="${CSS.escape(booking.id)}"]`);
  if (type === "booking.created") {
    card?.classList.add("arrived");
    announce(`New booking: ${booking.customer.name} at ${time(booking.start, screen.zone)}.`);
  }
}

function calendarDisconnected(screen, staffId) {
  const name = screen.names.staff[staffId] ?? staffId;
  const alerts = document.getElementById("alerts");
  if (alerts.querySelector(`[data-calendar="${CSS.escape(staffId)}"]`)) return;
  const notice = h("div", { className: "notice problem calendar", role: "alert", "data-calendar": staffId },
    `${name}'s calendar is disconnected: new bookings are no longer copied to it. `,
    h("a", { href: screen.shell.link("staff") }, "Reconnect it under Staff and hours"), " ",
    h("button", { type: "button", className: "secondary", onclick: () => notice.remove() }, "Dismiss"));
  alerts.append(notice);
}

/** Reads the period again and redraws it, keeping focus where it was when the element is still there. */
export async function render(screen) {
  const bookings = await listBookings(screen.shell, screen.from, screen.to);
  const heading = screen.view === "week" ? `Week of ${dayName(screen.from)}` : dayName(screen.date);
  const days = screen.view === "week" ? [...Array(7).keys()].map((i) => addDays(screen.from, i)) : [screen.date];
  // A live redraw must not take the keyboard user's place: focus returns to the same element (by id), or
  // stays where it was outside the redrawn region.
  const active = document.activeElement;
  const focused = active?.id;
  show(screen.main,
    h("h1", {}, "Bookings"),
    h("h2", {}, heading),
    navigation(screen),
    days.map((day) => daySection(screen, day, bookings.filter((b) => b.start.slice(0, 10) === day))));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  else if (active && active !== document.body && active.isConnected && !screen.main.contains(active)) active.focus();
  screen.rendered = bookings;
}

function navigation({ shell, view, date }) {
  const step = view === "week" ? 7 : 1;
  const at = (v, d) => shell.link("bookings", `?view=${v}&date=${d}`);
  const form = h("form", { className: "inline", method: "get", action: shell.link("bookings") },
    h("input", { type: "hidden", name: "view", value: view }),
    h("label", { for: "go-to-date" }, "Go to date"),
    h("input", { id: "go-to-date", type: "date", name: "date", value: date }),
    h("button", { type: "submit", className: "secondary" }, "Show"));
  return h("div", { className: "toolbar" },
    h("a", { className: "button secondary", href: at(view, addDays(date, -step)) }, view === "week" ? "Previous week" : "Previous day"),
    h("a", { className: "button secondary", href: at(view, addDays(date, step)) }, view === "week" ? "Next week" : "Next day"),
    h("a", { className: "button secondary", href: at(view === "week" ? "day" : "week", date) }, view === "week" ? "Day view" : "Week view"),
    form);
}

function daySection(screen, day, bookings) {
  const title = screen.view === "week" ? h("h3", {}, dayName(day)) : null;
  if (bookings.length === 0) return h("section", { "aria-label": dayName(day) }, title, h("p", { className: "muted" }, "No bookings."));
  return h("section", { "aria-label": dayName(day) }, title,
    h("ul", { className: "bookings" }, bookings.map((booking) => card(screen, booking))));
}

function card(screen, booking) {
  const { names, zone } = screen;
  const who = `${booking.customer.name} at ${time(booking.start, zone)}`;
  return h("li", { className: "booking", "data-booking": booking.id, "data-status": booking.status },
    h("div", { className: "when" }, `${time(booking.start, zone)}–${time(booking.end, zone)}`),
    h("div", {}, h("strong", {}, booking.customer.name), " · ", names.services[booking.serviceId] ?? booking.serviceId,
      " with ", names.staff[booking.staffId] ?? booking.staffId),
    h("div", { className: "muted" }, money(booking.price),
      booking.deposit.amountMinor > 0 ? ` · deposit ${money(booking.deposit)}` : "",
      booking.customer.phone ? ` · ${booking.customer.phone}` : "", booking.customer.email ? ` · ${booking.customer.email}` : ""),
    h("div", { className: "status" }, h("span", { className: `badge ${booking.status}` }, statusText[booking.status] ?? booking.status),
      booking.refundRequested ? " · deposit refunded" : ""),
    actions(screen, booking, who));
}

function actions(screen, booking, who) {
  const started = Date.parse(booking.start) <= Date.now();
  const buttons = [];
  if (booking.status === "confirmed" && started) {
    buttons.push(actionButton(screen, booking, "complete", "Mark completed", who, {}));
    buttons.push(actionButton(screen, booking, "no-show", "Mark no-show", who, {}));
  }
  if (booking.status === "confirmed" || booking.status === "pendingPayment") {
    buttons.push(h("button", { type: "button", className: "secondary", id: `cancel-${booking.id}`,
      onclick: () => cancelDialog(booking, who, (refund) => act(screen, booking, "cancel", { refund })) },
    "Cancel", h("span", { className: "visually-hidden" }, ` the booking of ${who}`)));
  }
  return buttons.length ? h("div", { className: "actions" }, buttons) : null;
}

function actionButton(screen, booking, action, label, who, body) {
  return h("button", { type: "button", id: `${action}-${booking.id}`, onclick: () => act(screen, booking, action, body) },
    label, h("span", { className: "visually-hidden" }, ` for ${who}`));
}

async function act(screen, booking, action, body) {
  try {
    const { data } = await manage(screen.shell.path(`/bookings/${encodeURIComponent(booking.id)}/${action}`), { method: "POST", body, retries: 0 });
    await render(screen);
    announce(`${data.customer.name}'s booking is now ${statusText[data.status] ?? data.status}.`);
    const updated = document.querySelector(`[data-booking="${CSS.escape(booking.id)}"]`);
    updated?.setAttribute("tabindex", "-1");
    updated?.focus();
  } catch (error) {
    const place = document.querySelector(`[data-booking="${CSS.escape(booking.id)}"]`) ?? screen.main;
    place.append(h("p", { className: "notice problem", role: "alert" }, error instanceof ApiError ? error.message : "The change could not be sent; try again."));
  }
}

/** Every booking of the period, following the listing's pages. */
async function listBookings(shell, from, to) {
  const items = [];
  let continuation = null;
  do {
    const query = new URLSearchParams({ from, to, limit: "200", ...(continuation ? { continuation } : {}) });
    const { data } = await manage(shell.path(`/bookings?${query}`));
    items.push(...data.items);
    continuation = data.continuation;
  } while (continuation);
  return items;
}

/** Names of services and staff by id; staff members may not list the team, and then see ids. */
async function catalogNames(shell) {
  const [services, staff] = await Promise.all([
    manage(shell.path("/services")).then((r) => r.data).catch(() => []),
    manage(shell.path("/staff")).then((r) => r.data).catch(() => []),
  ]);
  return {
    services: Object.fromEntries(services.map((s) => [s.id, s.name])),
    staff: Object.fromEntries(staff.map((s) => [s.id, s.displayName])),
  };
}
