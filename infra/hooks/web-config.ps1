# prepackage hook of the web service on Windows: the same as web-config.sh (see there).
$ErrorActionPreference = 'Stop'

$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$web = Join-Path $root 'web'
$dist = if ($env:WEB_DIST) { $env:WEB_DIST } else { Join-Path $web 'dist' }

if (-not $env:API_BASE_URL) { throw 'API_BASE_URL is missing: run azd provision first' }
$authority = if ($env:AUTH_AUTHORITY) { $env:AUTH_AUTHORITY } elseif ($env:AUTH_ISSUER) { $env:AUTH_ISSUER } else { '' }
$authority = ($authority -split ' ')[0]
$auth = $null
if ($authority) {
    if (-not $env:AUTH_CLIENT_ID) { throw 'AUTH_CLIENT_ID is needed for the dashboard sign-in (azd env set AUTH_CLIENT_ID ...)' }
    $auth = [ordered]@{ authority = $authority; clientId = $env:AUTH_CLIENT_ID; scope = "$env:AUTH_SCOPE" }
} else {
    Write-Warning 'web-config: AUTH_ISSUER and AUTH_AUTHORITY are empty; the dashboard will say no sign-in is configured.'
}

if (Test-Path $dist) { Remove-Item -Recurse -Force $dist }
New-Item -ItemType Directory -Path $dist | Out-Null
Get-ChildItem $web | Where-Object { $_.Name -notin @('dist', 'config.json') } | Copy-Item -Destination $dist -Recurse
[ordered]@{ apiBase = $env:API_BASE_URL; auth = $auth } | ConvertTo-Json -Depth 3 | Set-Content -Encoding utf8 (Join-Path $dist 'config.json')
Write-Host "web-config: $dist ready for $env:API_BASE_URL"
