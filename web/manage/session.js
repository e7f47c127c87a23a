// The signed-in person's bearer token, kept for this browser tab only, and API calls made with it.
import { ApiError, send } from "../shared/api.js";

const key = "manage-session";

export function currentSession() {
  const session = JSON.parse(sessionStorage.getItem(key) ?? "null");
  return session && Date.parse(session.expiresAt) > Date.now() + 30_000 ? session : null;
}

export function startSession(token, expiresAt, email) {
  sessionStorage.setItem(key, JSON.stringify({ token, expiresAt, email }));
}

export function endSession() {
  sessionStorage.removeItem(key);
}

/** A management call: the bearer token added; an expired or refused sign-in sends the person back to sign in. */
export async function manage(path, { headers = {}, ...options } = {}) {
  const session = currentSession();
  if (!session) return signInAgain();
  try {
    return await send(`/manage${path}`, { ...options, headers: { ...headers, Authorization: `Bearer ${session.token}` } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return signInAgain();
    throw error;
  }
}

function signInAgain() {
  endSession();
  location.assign(`/manage/?return=${encodeURIComponent(location.pathname + location.search)}`);
  return new Promise(() => {});
}
