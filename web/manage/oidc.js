// Sign-in with the configured OpenID Connect provider: authorization code with PKCE, in the browser
// (OAuth 2.0 for Browser-Based Apps; RFC 7636 for PKCE; OpenID Connect Core 1.0, section 3.1). The
// token the API receives is the access token when a scope for the API is configured, else the ID token
// (whose audience is then the client id, which the API's Auth:Audience must name).
const pending = "manage-oidc";

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discover(authority) {
  const response = await fetch(`${authority.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`The sign-in provider did not answer (${response.status}).`);
  return response.json();
}

function redirectUri() {
  return `${location.origin}/manage/`;
}

/** Sends the browser to the provider; it comes back to /manage/ with ?code and ?state. */
export async function beginSignIn(auth, returnTo) {
  const provider = await discover(auth.authority);
  const verifier = randomText();
  const state = randomText();
  const nonce = randomText();
  sessionStorage.setItem(pending, JSON.stringify({ verifier, state, nonce, returnTo }));
  const challenge = base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    response_type: "code",
    client_id: auth.clientId,
    redirect_uri: redirectUri(),
    scope: ["openid", "email", "profile", auth.scope].filter(Boolean).join(" "),
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  location.assign(`${provider.authorization_endpoint}?${query}`);
}

/** Finishes a sign-in the provider sent back: answers { token, expiresAt, returnTo }, or null when this is no return from it. */
export async function completeSignIn(auth) {
  const query = new URLSearchParams(location.search);
  const started = JSON.parse(sessionStorage.getItem(pending) ?? "null");
  if (!query.has("state") || !started) return null;
  sessionStorage.removeItem(pending);
  history.replaceState(null, "", "/manage/");
  if (query.get("state") !== started.state) throw new Error("The sign-in answer did not match the sign-in started here; sign in again.");
  if (query.has("error")) throw new Error(query.get("error_description") ?? query.get("error"));

  const provider = await discover(auth.authority);
  const response = await fetch(provider.token_endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: query.get("code"),
      redirect_uri: redirectUri(),
      client_id: auth.clientId,
      code_verifier: started.verifier,
    }),
  });
  const tokens = await response.json();
  if (!response.ok) throw new Error(tokens.error_description ?? "The sign-in provider refused the sign-in.");
  if (claims(tokens.id_token).nonce !== started.nonce) throw new Error("The sign-in answer was not for this sign-in; sign in again.");
  const token = auth.scope ? tokens.access_token : tokens.id_token;
  return { token, expiresAt: new Date(claims(token).exp * 1000).toISOString(), email: claims(tokens.id_token).email, returnTo: started.returnTo };
}

/** A JWT's claims, read only to show who signed in and when the token ends: the API verifies the signature. */
function claims(jwt) {
  const payload = atob(jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(payload, (c) => c.charCodeAt(0))));
}
