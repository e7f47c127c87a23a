// One booking, for its customer: its state (following the saga until it settles), the manage link, cancel and reschedule.
import { ApiError, call } from "../shared/api.js";
import { announce, h, show } from "../shared/dom.js";
import { longDate, money, timeWithZones } from "../shared/times.js";
import { monthGrid, monthSlots } from "./calendar.js";
import { payDeposit } from "./payment.js";
import { manageLink, tokenFor } from "./tokens.js";

const settledStates = new Set(["confirmed", "cancelled", "expired"]);
const pollMilliseconds = 1500;

const statusText = {
  pendingPayment: "Waiting for the deposit",
  confirmed: "Confirmed",
  cancelled: "Cancelled",
  expired: "Expired: the deposit was not paid in time",
};

export async function showBooking(main, tenant, bookingId) {
  const token = tokenFor(bookingId);
  if (!token) {
    show(main, h("h1", {}, "Booking"), h("p", { className: "notice problem" }, "Open this page with the link from your booking confirmation."));
    return;
  }

  const read = () => call(`/tenants/${encodeURIComponent(tenant.slug)}/bookings/${encodeURIComponent(bookingId)}`, { headers: { "Booking-Access-Token": token } });
  let booking;
  try {
    booking = await read();
  } catch (error) {
    show(main, h("h1", {}, "Booking"), h("p", { className: "notice problem" }, error.message));
    return;
  }

  render(main, tenant, booking, token);
  while (!settled(booking)) {
    await new Promise((resolve) => setTimeout(resolve, pollMilliseconds));
    const next = await read();
    if (next.status !== booking.status || next.progress !== booking.progress) {
      booking = next;
      render(main, tenant, booking, token);
      announce(`Booking ${statusText[booking.status] ?? booking.status}.`);
    }
  }
}

/** Settled once the saga stops changing it: confirmed and announced, or given up. */
function settled(booking) {
  return settledStates.has(booking.status) && !["awaiting-deposit", "checking-payment", "confirming", "syncing-calendar", "notifying", "compensating"].includes(booking.progress);
}

function render(main, tenant, booking, token) {
  const service = tenant.services.find((s) => s.id === booking.serviceId);
  const awaitingPayment = booking.status === "pendingPayment" && booking.payment?.state !== "paid";
  show(main,
    h("h2", {}, `${service?.name ?? "Appointment"} at ${tenant.name}`),
    h("p", { className: "notice", "data-status": booking.status }, h("strong", {}, statusText[booking.status] ?? booking.status),
      booking.status === "pendingPayment" && booking.payment?.state === "paid" ? " (paid, confirming…)" : ""),
    h("dl", { className: "summary" },
      h("dt", {}, "When"), h("dd", {}, `${longDate(booking.start, booking.timeZone)}, ${timeWithZones(booking.start, booking.timeZone)}`),
      h("dt", {}, "Name"), h("dd", {}, booking.customerName),
      h("dt", {}, "Price"), h("dd", {}, money(booking.price)),
      booking.deposit.amountMinor > 0 ? [h("dt", {}, "Deposit"), h("dd", {}, `${money(booking.deposit)}${booking.payment ? ` (${booking.payment.state})` : ""}`)] : null,
      booking.holdExpiresAt && awaitingPayment ? [h("dt", {}, "Pay by"), h("dd", {}, timeWithZones(booking.holdExpiresAt, booking.timeZone))] : null,
      booking.refundEligible !== undefined && booking.refundEligible !== null ? [h("dt", {}, "Deposit refunded"), h("dd", {}, booking.refundEligible ? "Yes" : "No")] : null),
    awaitingPayment ? h("button", { type: "button", onclick: () => payDeposit(tenant, booking, token) }, "Pay the deposit") : null,
    h("p", {}, "Keep this link to see, move or cancel your booking: ", h("a", { href: manageLink(tenant.slug, booking.id, token) }, "manage my booking")),
    ["confirmed", "pendingPayment"].includes(booking.status) ? actions(main, tenant, booking, token) : null);
}

function actions(main, tenant, booking, token) {
  return h("div", {},
    h("button", { type: "button", className: "secondary", onclick: () => reschedule(main, tenant, booking, token) }, "Move to another time"),
    " ",
    h("button", { type: "button", className: "secondary", onclick: () => cancel(main, tenant, booking, token) }, "Cancel booking"),
    " ",
    h("button", { type: "button", className: "secondary", onclick: (event) => stopReminders(tenant, booking, token, event.currentTarget) }, "Stop reminders"));
}

async function stopReminders(tenant, booking, token, button) {
  try {
    await call(`/tenants/${encodeURIComponent(tenant.slug)}/bookings/${encodeURIComponent(booking.id)}/reminders/opt-out`, {
      method: "POST", headers: { "Booking-Access-Token": token },
    });
    button.disabled = true;
    button.textContent = "Reminders stopped";
    announce("You will get no more reminders from this business.");
  } catch (error) {
    announce(error.message);
  }
}

async function cancel(main, tenant, booking, token) {
  if (!confirm("Cancel this booking? A deposit is refunded only if you cancel early enough.")) return;
  await act(main, tenant, booking, token, "cancel", {});
}

async function reschedule(main, tenant, booking, token) {
  const [year, month] = booking.start.slice(0, 7).split("-").map(Number);
  const byDay = await monthSlots(tenant.slug, booking.serviceId, year, month, booking.timeZone, booking.staffId);
  show(main,
    h("h2", {}, "Choose a new day"),
    monthGrid(year, month, byDay, (date, slots) => show(main,
      h("h2", {}, `${longDate(slots[0].start, booking.timeZone)}: choose a new time`),
      h("ul", { className: "times" }, slots.map((slot) => h("li", {},
        h("button", { type: "button", onclick: () => act(main, tenant, booking, token, "reschedule", { start: slot.start }) }, timeWithZones(slot.start, booking.timeZone))))))),
    h("button", { type: "button", className: "secondary", onclick: () => render(main, tenant, booking, token) }, "Keep the current time"));
}

async function act(main, tenant, booking, token, action, body) {
  try {
    const updated = await call(`/tenants/${encodeURIComponent(tenant.slug)}/bookings/${encodeURIComponent(booking.id)}/${action}`, {
      method: "POST", headers: { "Booking-Access-Token": token }, body,
    });
    render(main, tenant, { ...booking, ...updated }, token);
    announce(action === "cancel" ? "Booking cancelled." : "Booking moved.");
  } catch (error) {
    render(main, tenant, booking, token);
    main.prepend(h("p", { className: "notice problem", role: "alert" }, error instanceof ApiError ? error.message : "The change could not be sent; try again."));
  }
}
