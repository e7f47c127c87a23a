// The app's HTTP API as the static sites use it: JSON in and out, RFC 9457 problems as ApiError.
let configuration;

/** The site's config.json: the API's base URL and, for the dashboard, how to sign in. */
export async function siteConfiguration() {
  configuration ??= await fetch("/config.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return configuration;
}

export async function apiBase() {
  return ((await siteConfiguration()).apiBase ?? "").replace(/\/$/, "");
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The request failed (${status}).`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** The problem's stable type without its prefix, e.g. "slot-unavailable". */
  get kind() {
    return (this.problem.type ?? "").split(":").pop();
  }

  /** Field errors by field name, as the API lists them for bad input. */
  get fieldErrors() {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

/**
 * Calls the API. A network failure (not an answer) is retried with the same headers, so a request
 * carrying an Idempotency-Key is never acted on twice.
 */
export async function call(path, options = {}) {
  return (await send(path, options)).data;
}

/** Like call, answering the body with the response's ETag, for reads that are written back under If-Match. */
export async function send(path, { method = "GET", body, headers = {}, retries = 2 } = {}) {
  const url = `${await apiBase()}/api${path}`;
  const init = {
    method,
    headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(url, init);
    } catch (networkError) {
      if (attempt >= retries) throw networkError;
      await new Promise((resolve) => setTimeout(resolve, 400 * (attempt + 1)));
      continue;
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return { data, etag: response.headers.get("ETag") };
  }
}
