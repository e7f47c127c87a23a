// A month of availability from one slots request: days with free times are buttons, the rest are not.
import { call } from "../shared/api.js";
import { h } from "../shared/dom.js";
import { today } from "../shared/times.js";

const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function pad(n) {
  return String(n).padStart(2, "0");
}

/** The month's free slots grouped by local date (yyyy-MM-dd in the business's zone). */
export async function monthSlots(slug, serviceId, year, month, zone, staffId = "any") {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = `${year}-${pad(month)}-01`;
  const from = first < today(zone) ? today(zone) : first;
  const to = `${year}-${pad(month)}-${pad(last)}`;
  if (from > to) return new Map();
  const result = await call(`/tenants/${encodeURIComponent(slug)}/slots?serviceId=${encodeURIComponent(serviceId)}&staffId=${encodeURIComponent(staffId)}&from=${from}&to=${to}`);
  const byDay = new Map();
  for (const slot of result.slots) {
    const day = slot.localStart.slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(slot);
  }
  return byDay;
}

/** The month grid: a button per day that has times, labelled for screen readers with the count. */
export function monthGrid(year, month, byDay, onPick) {
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = [...weekdays.map((d) => h("span", { className: "weekday", "aria-hidden": "true" }, d))];
  for (let i = 0; i < firstWeekday; i++) cells.push(h("span", { className: "empty", "aria-hidden": "true" }));
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const slots = byDay.get(date) ?? [];
    const label = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })
      .format(new Date(`${date}T12:00:00Z`));
    cells.push(h("button", {
      type: "button",
      disabled: slots.length === 0,
      "aria-label": slots.length ? `${label}, ${slots.length} times free` : `${label}, fully booked or closed`,
      "data-date": date,
      onclick: () => onPick(date, slots),
    }, String(day)));
  }
  return h("div", { className: "month", role: "group", "aria-label": "Days of the month" }, cells);
}
