// A booking's access token opens it. Links carry it in the URL fragment (never sent to a server); the
// page keeps it in this browser so the return from a payment page, which cannot carry it, still works.
const key = (bookingId) => `booking-token:${bookingId}`;

export function remember(bookingId, token) {
  localStorage.setItem(key(bookingId), token);
}

export function tokenFor(bookingId) {
  const fragment = new URLSearchParams(location.hash.slice(1)).get("token");
  if (fragment) remember(bookingId, fragment);
  return fragment ?? localStorage.getItem(key(bookingId));
}

export function manageLink(slug, bookingId, token) {
  return `${location.origin}/${encodeURIComponent(slug)}/bookings/${encodeURIComponent(bookingId)}#token=${encodeURIComponent(token)}`;
}
