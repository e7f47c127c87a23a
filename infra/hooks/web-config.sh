#!/bin/sh
# prepackage hook of the web service (azure.yaml): builds what azd uploads to the static web app,
# web/dist: the site's files as they are, and a config.json that points the pages at the Functions
# app (API_BASE_URL, an output of infra/main.bicep) and gives the dashboard its OpenID Connect
# sign-in: AUTH_AUTHORITY (default: the first of AUTH_ISSUER), AUTH_CLIENT_ID (a single-page app
# registration whose redirect URI is <site>/manage/) and, optionally, AUTH_SCOPE (an API scope: the
# dashboard then sends the access token, else the ID token, whose audience is the client id).
# The development sign-in exists only on the local host, so this config.json never names it.
set -eu

root="$(cd "$(dirname "$0")/../.." && pwd)"
web="$root/web"
dist="${WEB_DIST:-$web/dist}"

json() {
  printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'
}

api="${API_BASE_URL:?API_BASE_URL is missing: run azd provision first}"
authority="${AUTH_AUTHORITY:-${AUTH_ISSUER:-}}"
authority="${authority%% *}"
if [ -n "$authority" ]; then
  client="${AUTH_CLIENT_ID:?AUTH_CLIENT_ID is needed for the dashboard sign-in (azd env set AUTH_CLIENT_ID ...)}"
  auth="{ \"authority\": \"$(json "$authority")\", \"clientId\": \"$(json "$client")\", \"scope\": \"$(json "${AUTH_SCOPE:-}")\" }"
else
  echo "web-config: AUTH_ISSUER and AUTH_AUTHORITY are empty; the dashboard will say no sign-in is configured." >&2
  auth="null"
fi

rm -rf "$dist"
mkdir -p "$dist"
find "$web" -mindepth 1 -maxdepth 1 ! -name dist ! -name config.json -exec cp -R {} "$dist/" \;
printf '{\n  "apiBase": "%s",\n  "auth": %s\n}\n' "$(json "$api")" "$auth" > "$dist/config.json"
echo "web-config: $dist ready for $api"
