// The business's live events (server-sent events). EventSource cannot send the bearer token, so each
// connection opens with a short-lived stream token minted by an authenticated call; when the browser
// gives up on a connection (the token expired, the stream's lifetime ended and its reconnect was
// refused), a new token resumes after the last event seen.
import { apiBase } from "../shared/api.js";
import { manage } from "./session.js";

export const bookingEvents = ["booking.created", "booking.confirmed", "booking.cancelled", "booking.rescheduled", "booking.expired",
  "booking.completed", "booking.no_show", "payment.paid", "payment.refunded"];
const eventTypes = [...bookingEvents, "calendar.disconnected"];
const reopenMilliseconds = 2000;

/** Calls onEvent(type, payload) for every event from now on; answers a function that stops following. */
export function followEvents(shell, onEvent) {
  let lastEventId = null;
  let source = null;
  let stopped = false;

  async function open() {
    if (stopped) return;
    let opened;
    try {
      const { data } = await manage(shell.path("/stream-tokens"), { method: "POST", retries: 0 });
      const resume = lastEventId ? `&lastEventId=${encodeURIComponent(lastEventId)}` : "";
      opened = new EventSource(`${await apiBase()}${data.url}${resume}`);
    } catch {
      setTimeout(open, reopenMilliseconds);
      return;
    }
    source = opened;
    for (const type of eventTypes) {
      opened.addEventListener(type, (event) => {
        lastEventId = event.lastEventId || lastEventId;
        onEvent(type, JSON.parse(event.data));
      });
    }
    opened.addEventListener("error", () => {
      // CONNECTING: the browser retries by itself with Last-Event-ID. CLOSED: it gave up (a reconnect
      // with an expired token is refused); start again with a new token after the last event seen.
      if (opened.readyState === EventSource.CLOSED && !stopped) setTimeout(open, reopenMilliseconds);
    });
  }

  open();
  return () => {
    stopped = true;
    source?.close();
  };
}
