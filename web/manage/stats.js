// Figures for a period from the dashboard API, with bookings and revenue per day drawn as bar charts
// (each with the same numbers as a table, for screen readers and for reading exact values).
import { h, show } from "../shared/dom.js";
import { money, today } from "../shared/times.js";
import { addDays, isDate } from "./calendar-dates.js";
import { manage } from "./session.js";

const days = 7;
const svgNamespace = "http://www.w3.org/2000/svg";

export async function showStats(main, shell) {
  const query = new URLSearchParams(location.search);
  const to = isDate(query.get("to")) ? query.get("to") : today(shell.settings.timeZone);
  const from = addDays(to, 1 - days);
  show(main, h("h1", {}, "Stats"), h("p", {}, "Loading…"));
  const [period, perDay] = await Promise.all([figures(shell, from, to), daily(shell, from)]);
  const currency = shell.settings.currency;
  const revenue = (result) => result.revenue.find((r) => r.currency === currency)?.bookedMinor ?? 0;
  show(main,
    h("h1", {}, "Stats"),
    h("h2", {}, `${period.from} to ${period.to}`),
    h("div", { className: "toolbar" },
      h("a", { className: "button secondary", href: shell.link("stats", `?to=${addDays(to, -days)}`) }, `Previous ${days} days`),
      h("a", { className: "button secondary", href: shell.link("stats", `?to=${addDays(to, days)}`) }, `Next ${days} days`)),
    h("dl", { className: "summary figures" },
      h("dt", {}, "Bookings"), h("dd", { "data-figure": "bookings" }, String(period.bookings.total)),
      h("dt", {}, "Revenue (confirmed and completed)"), h("dd", { "data-figure": "revenue" }, money({ amountMinor: revenue(period), currency })),
      h("dt", {}, "No-show rate"), h("dd", {}, percent(period.bookings.noShowRate)),
      h("dt", {}, "Cancellation rate"), h("dd", {}, percent(period.bookings.cancellationRate)),
      h("dt", {}, "Customers"), h("dd", {}, `${period.customers.total} (${period.customers.new} new, ${period.customers.returning} returning)`)),
    chart("Bookings per day", perDay.map(([day, result]) => [day, result.bookings.total]), String),
    chart(`Revenue per day (${currency})`, perDay.map(([day, result]) => [day, revenue(result)]), (minor) => money({ amountMinor: minor, currency })),
    period.topServices.length ? [h("h2", {}, "Most booked services"),
      h("ol", {}, period.topServices.map((s) => h("li", {}, `${s.name ?? s.serviceId}: ${s.bookings} bookings, ${money(s.revenue)}`)))] : null);
}

async function figures(shell, from, to) {
  return (await manage(shell.path(`/dashboard?${new URLSearchParams({ from, to })}`))).data;
}

/** One request per day: the API sums a period. */
function daily(shell, from) {
  return Promise.all([...Array(days).keys()].map(async (i) => {
    const day = addDays(from, i);
    return [day, await figures(shell, day, day)];
  }));
}

function percent(rate) {
  return rate === null || rate === undefined ? "–" : `${Math.round(rate * 100)}%`;
}

function chart(title, points, format) {
  const width = 640;
  const height = 180;
  const gap = 4;
  const highest = Math.max(1, ...points.map(([, value]) => value));
  const bar = (width - gap * points.length) / points.length;
  const top = 16;
  const svg = document.createElementNS(svgNamespace, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${top + height + 20}`);
  // The picture is summed up in words here; the exact numbers are the table below it.
  const [busiestDay, busiestValue] = points.reduce((best, point) => (point[1] > best[1] ? point : best), points[0]);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", busiestValue > 0
    ? `${title}, bar chart of ${points.length} days: highest ${format(busiestValue)} on ${busiestDay}.`
    : `${title}, bar chart of ${points.length} days: none.`);
  svg.setAttribute("class", "chart");
  const text = (attributes, content) => {
    const element = document.createElementNS(svgNamespace, "text");
    for (const [name, v] of Object.entries({ "text-anchor": "middle", ...attributes })) element.setAttribute(name, String(v));
    element.textContent = content;
    return element;
  };
  points.forEach(([day, value], i) => {
    const barHeight = Math.round((value / highest) * height);
    const middle = i * (bar + gap) + bar / 2;
    const rect = document.createElementNS(svgNamespace, "rect");
    for (const [name, v] of Object.entries({ x: i * (bar + gap), y: top + height - barHeight, width: bar, height: barHeight })) rect.setAttribute(name, String(v));
    svg.append(rect, text({ x: middle, y: top + height + 15 }, day.slice(8)));
    if (value > 0) svg.append(text({ x: middle, y: top + height - barHeight - 4 }, format(value)));
  });
  return h("figure", { className: "chart" },
    h("figcaption", {}, h("h2", {}, title)),
    svg,
    h("details", {}, h("summary", {}, `${title}: the numbers`),
      h("table", {}, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Day"), h("th", { scope: "col" }, "Value"))),
        h("tbody", {}, points.map(([day, value]) => h("tr", {}, h("th", { scope: "row" }, day), h("td", {}, format(value))))))));
}
