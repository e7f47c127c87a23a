// Staff and their weekly hours and time off. Hours are saved under the staff member's ETag; time off is
// added by the server under its own version and removed under the ETag read.
import { announce, h, show } from "../shared/dom.js";
import { calendarPanel, readCalendar } from "./calendar.js";
import { clearErrors, field, showFailure } from "./edit-form.js";
import { manage } from "./session.js";

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const conflictText = "Someone else changed this staff member after you opened them, so your changes were not saved. Reload to see their version, then make your change again.";

export async function showStaff(main, shell) {
  const { data: staff } = await manage(shell.path("/staff"));
  const calendars = await Promise.all(staff.map((member) => readCalendar(shell, member.id)));
  show(main,
    h("h1", {}, "Staff and hours"),
    h("ul", { className: "cards" }, staff.map((member, i) => h("li", { className: "card", "data-staff": member.id },
      h("strong", {}, member.displayName), member.active ? "" : h("span", { className: "badge cancelled" }, " not taking bookings"),
      h("div", { className: "muted" }, summary(member)),
      calendars[i] ? calendarPanel(shell, member, calendars[i]) : null,
      h("button", { type: "button", className: "secondary", onclick: () => editStaff(main, shell, member.id) },
        "Hours and time off", h("span", { className: "visually-hidden" }, ` of ${member.displayName}`))))));
}

function summary(member) {
  const days = [...new Set(member.weeklyHours.map((r) => r.day))];
  return `Works ${days.length} day${days.length === 1 ? "" : "s"} a week · ${member.timeOff.length} time off entr${member.timeOff.length === 1 ? "y" : "ies"}`;
}

async function editStaff(main, shell, staffId) {
  const path = shell.path(`/staff/${encodeURIComponent(staffId)}`);
  const [{ data: member, etag }, calendar] = await Promise.all([manage(path), readCalendar(shell, staffId)]);
  const reload = () => editStaff(main, shell, staffId);
  show(main,
    h("h1", {}, member.displayName),
    hoursForm(shell, path, member, etag, reload),
    timeOffSection(shell, path, member, etag, reload),
    calendar ? h("section", { "aria-labelledby": "calendar-title" }, h("h2", { id: "calendar-title" }, "Google Calendar"), calendarPanel(shell, member, calendar)) : null,
    h("button", { type: "button", className: "secondary", onclick: () => showStaff(main, shell) }, "Back to staff"));
}

function hoursForm(shell, path, member, etag, reload) {
  const rows = h("tbody");
  const addRow = (range) => rows.append(hoursRow(rows, range));
  member.weeklyHours.forEach(addRow);
  const form = h("form", { className: "hours", novalidate: true, "aria-labelledby": "hours-title" },
    h("h2", { id: "hours-title" }, "Weekly hours"),
    h("p", { className: "muted" }, `Local times (HH:mm) in ${shell.settings.timeZone}; 24:00 is midnight. Breaks, date overrides and time off are kept as they are.`),
    h("table", {}, h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Day"), h("th", { scope: "col" }, "From"), h("th", { scope: "col" }, "To"),
      h("th", { scope: "col" }, h("span", { className: "visually-hidden" }, "Remove")))), rows),
    h("div", { className: "actions" },
      h("button", { type: "button", className: "secondary", onclick: () => { addRow({ day: "monday", start: "09:00", end: "17:00" }); renumber(rows); rows.lastElementChild.querySelector("select").focus(); } }, "Add hours"),
      h("button", { type: "submit" }, "Save hours")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const weeklyHours = [...rows.children].map((row) => ({
      day: row.querySelector("select").value,
      start: row.querySelector("[data-part=start]").value,
      end: row.querySelector("[data-part=end]").value,
    }));
    const body = { displayName: member.displayName, active: member.active, weeklyHours, breaks: member.breaks, dateOverrides: member.dateOverrides, timeOff: member.timeOff };
    try {
      await manage(path, { method: "PUT", body, headers: { "If-Match": etag }, retries: 0 });
      await reload();
      announce(`${member.displayName}'s hours saved.`);
    } catch (error) {
      renumber(rows);
      if (showFailure(form, error, conflictText)) appendReload(form, reload);
    }
  });
  renumber(rows);
  return form;
}

function hoursRow(rows, range) {
  const row = h("tr", {},
    h("td", {}, h("select", { "aria-label": "Day" }, weekdays.map((day) => h("option", { value: day, selected: day === range.day }, day[0].toUpperCase() + day.slice(1))))),
    h("td", {}, timeInput("start", range.start)),
    h("td", {}, timeInput("end", range.end)),
    h("td", {}, h("button", { type: "button", className: "secondary", onclick: () => { row.remove(); renumber(rows); rows.closest("form").querySelector("button[type=submit]").focus(); } }, "Remove")));
  return row;
}

/** HH:mm as text: a time input cannot hold 24:00, which the API takes as midnight at the end of the day. */
function timeInput(part, value) {
  return h("input", { type: "text", inputmode: "numeric", pattern: "[0-2][0-9]:[0-5][0-9]", size: "5", placeholder: "HH:mm", "data-part": part, value });
}

/** Names each row's inputs after its index, so the API's weeklyHours[i].start errors find them and labels say which row. */
function renumber(rows) {
  [...rows.children].forEach((row, i) => {
    const day = row.querySelector("select");
    for (const [element, part, label] of [[day, "day", "Day"], [row.querySelector("[data-part=start]"), "start", "From"], [row.querySelector("[data-part=end]"), "end", "To"]]) {
      element.id = `hours-${i}-${part}`;
      element.dataset.api = `weeklyHours[${i}].${part}`;
      element.setAttribute("aria-label", `${label}, row ${i + 1}`);
    }
    row.querySelector("button").textContent = `Remove row ${i + 1}`;
  });
}

function timeOffSection(shell, path, member, etag, reload) {
  const form = h("form", { className: "details", novalidate: true, "aria-labelledby": "add-time-off" },
    h("h3", { id: "add-time-off" }, "Add time off"),
    field({ id: "time-off-start", label: "From", api: "start", type: "datetime-local" }),
    field({ id: "time-off-end", label: "Until", api: "end", type: "datetime-local" }),
    field({ id: "time-off-reason", label: "Reason (optional)", api: "reason" }),
    h("button", { type: "submit" }, "Add time off"));
  const idempotencyKey = crypto.randomUUID();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      start: form.elements["time-off-start"].value || null,
      end: form.elements["time-off-end"].value || null,
      reason: form.elements["time-off-reason"].value.trim() || null,
    };
    try {
      await manage(`${path}/time-off`, { method: "POST", body, headers: { "Idempotency-Key": idempotencyKey }, retries: 0 });
      await reload();
      announce("Time off added.");
    } catch (error) {
      showFailure(form, error, conflictText);
    }
  });
  return h("section", { "aria-labelledby": "time-off-title" },
    h("h2", { id: "time-off-title" }, "Time off"),
    member.timeOff.length === 0 ? h("p", { className: "muted" }, "No time off.") : h("ul", { className: "time-off" }, member.timeOff.map((entry) => h("li", {},
      `${entry.start.replace("T", " ")} – ${entry.end.replace("T", " ")}${entry.reason ? ` (${entry.reason})` : ""} `,
      h("button", { type: "button", className: "secondary", onclick: (event) => removeTimeOff(path, entry, etag, reload, event.currentTarget) },
        "Remove", h("span", { className: "visually-hidden" }, ` time off from ${entry.start.replace("T", " ")}`))))),
    form);
}

async function removeTimeOff(path, entry, etag, reload, button) {
  try {
    await manage(`${path}/time-off/${encodeURIComponent(entry.id)}`, { method: "DELETE", headers: { "If-Match": etag }, retries: 0 });
    await reload();
    announce("Time off removed.");
  } catch (error) {
    const item = button.closest("li");
    if (showFailure(item, error, conflictText)) appendReload(item, reload);
  }
}

function appendReload(place, reload) {
  place.querySelector(".form-problem").append(" ", h("button", { type: "button", className: "secondary", onclick: reload }, "Reload"));
}
