# Sourced by postprovision.sh and set-secret.sh; not run on its own.
#
# The app's Key Vault secrets, and the calls that keep them. Everything goes through Azure
# Resource Manager with the token of `azd auth login`, so no Azure CLI sign-in is needed, and a
# vault without a public endpoint (vnetEnabled) is written through ARM like any template would:
#   secret:  https://learn.microsoft.com/rest/api/keyvault/keyvault/secrets/create-or-update
#   refresh: https://learn.microsoft.com/azure/app-service/app-service-key-vault-references#understand-rotation
#            (App Service otherwise re-reads Key Vault references only once a day)

# Every Key Vault reference in infra/app/functions.bicep (Infra.Tests checks both lists).
GENERATED_SECRETS="encryption-key"
PLACEHOLDER_SECRETS="stripe-secret-key stripe-webhook-secret google-client-secret encryption-retired-keys smtp-password twilio-auth-token"
# What a gateway secret holds until it is set; the app reads it as "not configured"
# (SecretSetting.Placeholder in src/Functions).
PLACEHOLDER_VALUE="not-configured"

ARM_ENDPOINT="${AZURE_RESOURCE_MANAGER_ENDPOINT:-https://management.azure.com}"
ARM_ENDPOINT="${ARM_ENDPOINT%/}"

fail() {
  echo "error: $*" >&2
  exit 1
}

require_env() {
  for variable in "$@"; do
    eval "value=\${$variable:-}"
    [ -n "$value" ] || fail "$variable is not set; run this from azd (or after 'azd provision')"
  done
}

# Headers and bodies go through files readable by this user only, never through the command
# line, where another process could read the token or a secret.
arm_begin() {
  umask 077
  ARM_DIR=$(mktemp -d)
  trap 'rm -rf "$ARM_DIR"' EXIT
  token=$(azd auth token --scope "$ARM_ENDPOINT/.default" --output json \
    | sed -n 's/.*"token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || fail "no Azure token; run 'azd auth login'"
  printf 'Authorization: Bearer %s\nContent-Type: application/json\n' "$token" > "$ARM_DIR/headers"
  GROUP_PATH="/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP/providers"
}

# arm METHOD PATH [BODY-FILE]: prints the HTTP status; the response body is in $ARM_DIR/response.
arm() {
  curl --silent --show-error --output "$ARM_DIR/response" --write-out '%{http_code}' \
    --request "$1" --header "@$ARM_DIR/headers" --data-binary "@${3:-/dev/null}" \
    "$ARM_ENDPOINT$2"
}

secret_path() {
  echo "$GROUP_PATH/Microsoft.KeyVault/vaults/$AZURE_KEY_VAULT_NAME/secrets/$1?api-version=2023-07-01"
}

# The ARM read of a secret returns its properties, never its value.
secret_exists() {
  status=$(arm GET "$(secret_path "$1")")
  case "$status" in
    200) return 0 ;;
    404) return 1 ;;
    *) fail "reading secret $1 answered HTTP $status: $(cat "$ARM_DIR/response")" ;;
  esac
}

json_string() {
  printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'
}

# put_secret NAME VALUE CONTENT-TYPE
put_secret() {
  printf '{"properties":{"value":"%s","contentType":"%s"}}' "$(json_string "$2")" "$(json_string "$3")" > "$ARM_DIR/body"
  status=$(arm PUT "$(secret_path "$1")" "$ARM_DIR/body")
  rm -f "$ARM_DIR/body"
  case "$status" in
    200 | 201) ;;
    *) fail "writing secret $1 answered HTTP $status: $(cat "$ARM_DIR/response")" ;;
  esac
}

refresh_references() {
  path="$GROUP_PATH/Microsoft.Web/sites/$AZURE_FUNCTION_APP_NAME/config/configreferences/appsettings/refresh?api-version=2022-03-01"
  status=$(arm POST "$path")
  case "$status" in
    2??) echo "Key Vault references of $AZURE_FUNCTION_APP_NAME refreshed." ;;
    *) fail "refreshing the Key Vault references answered HTTP $status: $(cat "$ARM_DIR/response")" ;;
  esac
}
