// AppointmentBooking infrastructure — `azd up` provisions this and deploys src/Functions.
//
// Secrets are not created here. After the first `azd up`, set them in the vault named by the
// AZURE_KEY_VAULT_NAME output (the deploying principal holds Key Vault Secrets Officer):
//   az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name stripe-secret-key     --value <sk_...>
//   az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name stripe-webhook-secret --value <whsec_...>
//   az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name google-client-secret  --value <secret>
//   az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name encryption-key        --value <base64 32 bytes>
// App settings resolve them as Key Vault references (see the APP SETTINGS block in app/functions.bicep).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource token and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Region of every resource (must offer Flex Consumption).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal (granted data roles); empty for none.')
param principalId string = ''

@description('Type of principalId.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Cosmos DB capacity mode.')
@allowed([
  'serverless'
  'provisioned'
])
param cosmosThroughputMode string = 'serverless'

@description('Container RU/s when cosmosThroughputMode is provisioned.')
@minValue(400)
param cosmosThroughput int = 400

@description('OIDC issuer of admin/dashboard tokens, e.g. https://login.microsoftonline.com/<tenant>/v2.0.')
param authIssuer string = ''

@description('Audience of admin/dashboard tokens.')
param authAudience string = ''

@description('Google OAuth client id for calendar sync.')
param googleClientId string = ''

@description('Azure OpenAI endpoint for the booking assistant; empty disables it.')
param azureOpenAiEndpoint string = ''

@description('Azure OpenAI deployment name.')
param azureOpenAiDeployment string = ''

@description('Origins of the static frontends allowed to call the API (CORS).')
param corsAllowedOrigins array = []

@description('Resource id of an existing action group the alerts notify; empty: alerts fire without notifying.')
param alertActionGroupId string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var cosmosDatabaseName = 'appointments'
var cosmosContainerName = 'items'
var appQueues = [
  'customers'
  'notifications'
  'reminders'
  'calendar-sync'
  'analytics'
]

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'core/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'core/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'core/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    queueNames: appQueues
  }
}

module cosmos 'core/cosmos.bicep' = {
  name: 'cosmos'
  scope: rg
  params: {
    name: '${abbrs.documentDBDatabaseAccounts}${resourceToken}'
    location: location
    tags: tags
    throughputMode: cosmosThroughputMode
    throughput: cosmosThroughput
    databaseName: cosmosDatabaseName
    containerName: cosmosContainerName
  }
}

module keyVault 'core/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    storageAccountName: storage.outputs.name
    cosmosAccountName: cosmos.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    cosmosContainerName: cosmos.outputs.containerName
    keyVaultName: keyVault.outputs.name
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    authIssuer: authIssuer
    authAudience: authAudience
    googleClientId: googleClientId
    azureOpenAiEndpoint: azureOpenAiEndpoint
    azureOpenAiDeployment: azureOpenAiDeployment
    corsAllowedOrigins: corsAllowedOrigins
  }
  // The host reads storage, Key Vault references and telemetry as soon as it starts.
  dependsOn: [
    rbac
  ]
}

module alerts 'app/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    location: location
    tags: tags
    namePrefix: '${abbrs.insightsAlertRules}${resourceToken}'
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    storageAccountName: storage.outputs.name
    functionAppHostName: functions.outputs.defaultHostName
    actionGroupId: alertActionGroupId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
