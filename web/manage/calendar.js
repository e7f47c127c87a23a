// A staff member's Google Calendar connection: connected, disconnected (Google refused the grant, so
// bookings go on without the calendar until someone reconnects it) or not connected, with the button that
// starts Google's consent. Consent happens in a new tab because Google sends the person back to the API's
// callback, not to this page; this page reads the connection again until it is connected.
import { ApiError } from "../shared/api.js";
import { announce, h } from "../shared/dom.js";
import { manage } from "./session.js";

const pollMilliseconds = 2000;

/** The connection as the API has it now; null when this person may not see it. */
export async function readCalendar(shell, staffId) {
  try {
    return (await manage(calendarPath(shell, staffId))).data;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

/** The status and its button, redrawn in place when the connection changes. */
export function calendarPanel(shell, member, connection) {
  const panel = h("div", { className: "calendar-status" });
  draw(panel, shell, member, connection);
  return panel;
}

function draw(panel, shell, member, connection) {
  panel.dataset.calendarStatus = connection.status;
  const name = member.displayName;
  const since = (iso) => iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
  const start = (label) => h("button", { type: "button", className: connection.status === "needsReconnect" ? "" : "secondary",
    onclick: (event) => startConsent(panel, shell, member, event.currentTarget) },
  label, h("span", { className: "visually-hidden" }, ` of ${name}`));
  if (connection.status === "connected") {
    panel.replaceChildren(h("p", {}, h("span", { className: "badge confirmed" }, "Calendar connected"),
      ` Bookings are copied to ${connection.calendarId ?? "the calendar"}; connected ${since(connection.connectedAt)}.`));
  } else if (connection.status === "needsReconnect") {
    panel.replaceChildren(h("div", { className: "notice problem" },
      h("p", {}, h("strong", {}, "Calendar disconnected: reconnect needed."),
        ` Google stopped accepting ${name}'s connection ${since(connection.needsReconnectSince)}`,
        connection.reason ? ` (${connection.reason})` : "",
        ". New bookings are not copied to the calendar and its busy times are not checked until it is connected again."),
      start("Reconnect calendar")));
  } else {
    panel.replaceChildren(h("p", {}, h("span", { className: "badge" }, "Calendar not connected"),
      " Bookings are not copied to a Google Calendar, and its busy times are not checked."), start("Connect calendar"));
  }
}

async function startConsent(panel, shell, member, button) {
  // Opened now, while the click still counts as the person's own action, so the browser does not block it.
  const tab = window.open("", "_blank");
  if (tab) tab.opener = null;
  button.disabled = true;
  panel.querySelector(".form-problem")?.remove();
  let consent;
  try {
    consent = (await manage(`${calendarPath(shell, member.id)}/connect`, { headers: { Accept: "application/json" }, retries: 0 })).data;
  } catch (error) {
    tab?.close();
    button.disabled = false;
    panel.append(h("p", { className: "notice problem form-problem", role: "alert" },
      error instanceof ApiError ? error.message : "Google's consent page could not be opened; try again."));
    return;
  }
  if (!tab) {
    location.assign(consent.authorizationUrl);
    return;
  }
  tab.location.href = consent.authorizationUrl;
  panel.append(h("p", { className: "muted", "data-waiting": "" }, "Google's consent page opened in a new tab. This page updates when the calendar is connected."));
  await waitForConnection(panel, shell, member, Date.parse(consent.expiresAt));
}

async function waitForConnection(panel, shell, member, until) {
  while (panel.isConnected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, pollMilliseconds));
    const connection = await readCalendar(shell, member.id).catch(() => null);
    if (connection?.status === "connected") {
      draw(panel, shell, member, connection);
      announce(`${member.displayName}'s calendar is connected.`);
      return;
    }
  }
  panel.querySelector("[data-waiting]")?.replaceChildren("The consent was not completed. Try again when you are ready.");
  panel.querySelector("button")?.removeAttribute("disabled");
}

function calendarPath(shell, staffId) {
  return shell.path(`/staff/${encodeURIComponent(staffId)}/calendar`);
}
