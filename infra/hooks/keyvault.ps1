# Dot-sourced by postprovision.ps1 and set-secret.ps1; not run on its own. The PowerShell twin of
# keyvault.sh: the app's Key Vault secrets, and the calls that keep them. Everything goes through
# Azure Resource Manager with the token of `azd auth login`, so no Azure CLI sign-in is needed, and
# a vault without a public endpoint (vnetEnabled) is written through ARM like any template would:
#   secret:  https://learn.microsoft.com/rest/api/keyvault/keyvault/secrets/create-or-update
#   refresh: https://learn.microsoft.com/azure/app-service/app-service-key-vault-references#understand-rotation

# Every Key Vault reference in infra/app/functions.bicep (Infra.Tests checks both lists).
$GeneratedSecrets = @('encryption-key')
$PlaceholderSecrets = @('stripe-secret-key', 'stripe-webhook-secret', 'google-client-secret', 'encryption-retired-keys', 'smtp-password', 'twilio-auth-token')
# What a gateway secret holds until it is set; the app reads it as "not configured"
# (SecretSetting.Placeholder in src/Functions).
$PlaceholderValue = 'not-configured'

$ArmEndpoint = if ($env:AZURE_RESOURCE_MANAGER_ENDPOINT) { $env:AZURE_RESOURCE_MANAGER_ENDPOINT.TrimEnd('/') } else { 'https://management.azure.com' }

function Assert-Environment([string[]] $Names) {
    foreach ($name in $Names) {
        if (-not [Environment]::GetEnvironmentVariable($name)) {
            throw "$name is not set; run this from azd (or after 'azd provision')"
        }
    }
}

function Start-Arm {
    $json = azd auth token --scope "$ArmEndpoint/.default" --output json
    if ($LASTEXITCODE -ne 0 -or -not $json) { throw "no Azure token; run 'azd auth login'" }
    $script:ArmHeaders = @{ Authorization = "Bearer $(($json | ConvertFrom-Json).token)" }
    $script:GroupPath = "/subscriptions/$env:AZURE_SUBSCRIPTION_ID/resourceGroups/$env:AZURE_RESOURCE_GROUP/providers"
}

function Invoke-Arm([string] $Method, [string] $Path, [object] $Body = $null) {
    $request = @{
        Method             = $Method
        Uri                = "$ArmEndpoint$Path"
        Headers            = $script:ArmHeaders
        ContentType        = 'application/json'
        SkipHttpErrorCheck = $true
    }
    if ($null -ne $Body) { $request.Body = ($Body | ConvertTo-Json -Depth 5 -Compress) }
    Invoke-WebRequest @request
}

function Get-SecretPath([string] $Name) {
    "$script:GroupPath/Microsoft.KeyVault/vaults/$env:AZURE_KEY_VAULT_NAME/secrets/$Name`?api-version=2023-07-01"
}

# The ARM read of a secret returns its properties, never its value.
function Test-VaultSecret([string] $Name) {
    $response = Invoke-Arm GET (Get-SecretPath $Name)
    switch ($response.StatusCode) {
        200 { return $true }
        404 { return $false }
        default { throw "reading secret $Name answered HTTP $($response.StatusCode): $($response.Content)" }
    }
}

function Set-VaultSecret([string] $Name, [string] $Value, [string] $ContentType) {
    $response = Invoke-Arm PUT (Get-SecretPath $Name) @{ properties = @{ value = $Value; contentType = $ContentType } }
    if ($response.StatusCode -notin 200, 201) {
        throw "writing secret $Name answered HTTP $($response.StatusCode): $($response.Content)"
    }
}

function Update-KeyVaultReferences {
    $path = "$script:GroupPath/Microsoft.Web/sites/$env:AZURE_FUNCTION_APP_NAME/config/configreferences/appsettings/refresh?api-version=2022-03-01"
    $response = Invoke-Arm POST $path
    if ($response.StatusCode -lt 200 -or $response.StatusCode -ge 300) {
        throw "refreshing the Key Vault references answered HTTP $($response.StatusCode): $($response.Content)"
    }
    Write-Host "Key Vault references of $env:AZURE_FUNCTION_APP_NAME refreshed."
}
