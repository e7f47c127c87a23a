#!/bin/sh
# Sets one gateway secret of the deployed app and makes it live at once (refreshes the app's Key
# Vault references). Works for the private variant too: it writes through Azure Resource Manager.
#   infra/hooks/set-secret.sh stripe-secret-key            (asks for the value, not echoed)
#   printf '%s' "$VALUE" | infra/hooks/set-secret.sh NAME   (reads it from standard input)
# Run it from the repository after `azd up`; it reads the azd environment.
set -eu
. "$(dirname "$0")/keyvault.sh"

[ $# -eq 1 ] || fail "usage: $0 SECRET-NAME (one of: $PLACEHOLDER_SECRETS)"
name=$1
case " $PLACEHOLDER_SECRETS " in
  *" $name "*) ;;
  *) fail "$name is not a gateway secret (one of: $PLACEHOLDER_SECRETS); encryption-key is generated once and signs every booking link" ;;
esac

if [ -z "${AZURE_KEY_VAULT_NAME:-}" ]; then
  eval "$(azd env get-values)"
fi
require_env AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_KEY_VAULT_NAME AZURE_FUNCTION_APP_NAME

if [ -t 0 ]; then
  printf 'Value of %s: ' "$name" >&2
  stty -echo
  IFS= read -r value || true
  stty echo
  echo >&2
else
  IFS= read -r value || true
fi
[ -n "$value" ] || fail "no value given for $name"

arm_begin
put_secret "$name" "$value" "set with infra/hooks/set-secret.sh"
echo "Secret $name: set."
refresh_references
