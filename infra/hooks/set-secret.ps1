# Sets one gateway secret of the deployed app and makes it live at once (refreshes the app's Key
# Vault references); the PowerShell twin of set-secret.sh. Works for the private variant too: it
# writes through Azure Resource Manager.
#   ./infra/hooks/set-secret.ps1 stripe-secret-key   (asks for the value, not echoed)
# Run it from the repository after `azd up`; it reads the azd environment.
param([Parameter(Mandatory = $true)] [string] $Name)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'keyvault.ps1')

if ($Name -notin $PlaceholderSecrets) {
    throw "$Name is not a gateway secret (one of: $($PlaceholderSecrets -join ', ')); encryption-key is generated once and signs every booking link"
}

if (-not $env:AZURE_KEY_VAULT_NAME) {
    foreach ($line in (azd env get-values)) {
        if ($line -match '^([A-Za-z_][A-Za-z0-9_]*)="?(.*?)"?$') {
            [Environment]::SetEnvironmentVariable($Matches[1], $Matches[2])
        }
    }
}
Assert-Environment 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_KEY_VAULT_NAME', 'AZURE_FUNCTION_APP_NAME'

$value = (Read-Host -Prompt "Value of $Name" -MaskInput)
if (-not $value) { throw "no value given for $Name" }

Start-Arm
Set-VaultSecret $Name $value 'set with infra/hooks/set-secret.ps1'
Write-Host "Secret ${Name}: set."
Update-KeyVaultReferences
