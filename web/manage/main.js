// The owner's dashboard: /manage signs in and picks the business; /manage/{tenantId}/{screen} shows one screen.
import { h, show } from "../shared/dom.js";
import { showBookings } from "./bookings.js";
import { showServices } from "./services.js";
import { openShell } from "./shell.js";
import { showSignIn, returnFromProvider } from "./sign-in.js";
import { currentSession } from "./session.js";
import { showStaff } from "./staff.js";
import { showStats } from "./stats.js";
import { chooseBusiness } from "./tenants.js";

const main = document.getElementById("screen");
const [, tenantId, screen = "bookings"] = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
const screens = { bookings: showBookings, services: showServices, staff: showStaff, stats: showStats };

async function start() {
  let problem;
  try {
    const next = await returnFromProvider();
    if (next) {
      location.replace(next);
      return;
    }
  } catch (error) {
    problem = error.message;
  }

  if (!currentSession()) {
    await showSignIn(main, tenantId ? location.pathname + location.search : dashboardPath(new URLSearchParams(location.search).get("return")), problem);
    return;
  }

  if (!tenantId) {
    await chooseBusiness(main);
    return;
  }

  const shell = await openShell(tenantId, screen);
  if (!shell) return;
  if (!screens[screen]) {
    show(main, h("h1", {}, "Not found"), h("p", {}, h("a", { href: shell.link("bookings") }, "Go to the bookings")));
    return;
  }
  await screens[screen](main, shell);
}

/** Only a dashboard page is a place to return to after signing in: a link cannot send the person elsewhere. */
function dashboardPath(path) {
  return path && /^\/manage\/[^/]/.test(path) && !path.includes("//") ? path : null;
}

start();
