// Times as people read them: in the business's zone, named, and in the visitor's own zone when it differs.
export const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function time(iso, zone) {
  return new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(iso));
}

export function longDate(iso, zone) {
  return new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone }).format(new Date(iso));
}

/** "14:00 (Africa/Johannesburg) · 13:00 your time" — the visitor's time only when their zone differs. */
export function timeWithZones(iso, zone) {
  const there = `${time(iso, zone)} (${zone})`;
  return visitorZone === zone || time(iso, zone) === time(iso, visitorZone) ? there : `${there} · ${time(iso, visitorZone)} your time`;
}

/** Today's date (yyyy-MM-dd) in a zone. */
export function today(zone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export function money({ amountMinor, currency }) {
  return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(amountMinor / 100);
}
