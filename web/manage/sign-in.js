// The sign-in screen: the configured OpenID Connect provider, or on the local host its development sign-in.
import { ApiError, siteConfiguration } from "../shared/api.js";
import { h, show } from "../shared/dom.js";
import { beginSignIn, completeSignIn } from "./oidc.js";
import { startSession } from "./session.js";

/** Finishes a provider's sign-in if this page load is its return; answers where to go next, or null. */
export async function returnFromProvider() {
  const configuration = await siteConfiguration();
  if (!configuration.auth) return null;
  const signedIn = await completeSignIn(configuration.auth);
  if (!signedIn) return null;
  startSession(signedIn.token, signedIn.expiresAt, signedIn.email);
  return signedIn.returnTo ?? "/manage/";
}

export async function showSignIn(main, returnTo, problem) {
  const configuration = await siteConfiguration();
  show(main,
    h("h1", {}, "Sign in to manage your business"),
    problem ? h("p", { className: "notice problem", role: "alert" }, problem) : null,
    configuration.auth ? h("button", { type: "button", onclick: () => beginSignIn(configuration.auth, returnTo) }, "Sign in") : null,
    configuration.developmentSignIn ? developmentForm(configuration.developmentSignIn, returnTo) : null,
    !configuration.auth && !configuration.developmentSignIn ? h("p", { className: "notice problem" }, "No sign-in is configured for this site (config.json has no auth).") : null);
}

/** The local host's sign-in: any e-mail address, as the development issuer's subject. Never offered in Azure. */
function developmentForm(route, returnTo) {
  const form = h("form", { className: "details", novalidate: true },
    h("p", { className: "notice" }, "Local development sign-in: no password, the local host signs a token for the address you enter. ",
      "The demo salon's members are owner@demo-salon.test, manager@demo-salon.test and thandi@demo-salon.test."),
    h("div", {},
      h("label", { for: "sign-in-email" }, "E-mail address"),
      h("input", { id: "sign-in-email", name: "email", type: "email", autocomplete: "email", required: true, value: "owner@demo-salon.test", "aria-describedby": "sign-in-error" }),
      h("p", { id: "sign-in-error", className: "error" })),
    h("button", { type: "submit" }, "Sign in locally"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const email = form.elements.email.value.trim();
    const error = form.querySelector("#sign-in-error");
    try {
      const response = await fetch(route, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ subject: email }) });
      const answer = await response.json();
      if (!response.ok) throw new ApiError(response.status, answer);
      startSession(answer.token, answer.expiresAt, email);
      location.assign(returnTo ?? "/manage/");
    } catch (problem) {
      form.elements.email.setAttribute("aria-invalid", "true");
      error.textContent = problem instanceof ApiError ? `E-mail address ${problem.problem.errors?.subject?.[0] ?? problem.message}` : "The local host did not answer.";
      form.elements.email.focus();
    }
  });
  return form;
}
