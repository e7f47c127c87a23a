// AppointmentBooking infrastructure — `azd up` provisions this, runs the postprovision hook in
// infra/hooks and deploys src/Functions.
//
// Secrets: the app reads them as Key Vault references (APP SETTINGS block in app/functions.bicep).
// The hook creates each missing secret — a random encryption-key, and a 'not-configured'
// placeholder for every gateway secret, which the app answers as "gateway not configured" — and
// refreshes the references, so the app works right after `azd up`. The template itself writes no
// secret value: a redeploy must never replace the key that signs customers' booking links.
//
// Resources are declared here rather than taken from Azure Verified Modules (br/public:avm/...):
// the Bicep test compiles offline, and a registry module cannot be restored without reaching the
// registry (BCP192), so no AVM module can pass it. Shapes follow the azd Functions quickstarts.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource token and the azd-env-name and environment tags.')
param environmentName string

// Regions that offer Flex Consumption. Microsoft lists them only through
// `az functionapp list-flexconsumption-locations`
// (https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to#view-currently-supported-regions);
// this is the list of the Microsoft azd sample Azure-Samples/functions-quickstart-dotnet-azd
// (infra/main.bicep), without its early-access region eastus2euap. azd offers only these.
@minLength(1)
@description('Region of every resource; one that offers Flex Consumption.')
@allowed([
  'australiaeast'
  'australiasoutheast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'koreacentral'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southafricanorth'
  'southcentralus'
  'southeastasia'
  'southindia'
  'spaincentral'
  'swedencentral'
  'uaenorth'
  'uksouth'
  'ukwest'
  'westcentralus'
  'westeurope'
  'westus'
  'westus2'
  'westus3'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal (granted data roles); empty for none.')
param principalId string = ''

// azd fills AZURE_PRINCIPAL_TYPE with the type of the signed-in principal, so a CI service
// principal gets 'ServicePrincipal' role assignments instead of failing with UnmatchedPrincipalType.
@description('Type of principalId: User locally, ServicePrincipal in CI.')
@allowed([
  'User'
  'ServicePrincipal'
])
param principalType string

@description('Private variant: a virtual network, Flex Consumption VNet integration, private endpoints for Storage, Cosmos DB and Key Vault, and no public network access to them.')
param vnetEnabled bool = false

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

@description('The software vendor key Netcash issues to this platform for Pay Now (not a secret: every checkout form carries it); empty leaves Netcash unavailable.')
param netcashSoftwareVendorKey string = ''

@description('Azure OpenAI endpoint for the booking assistant; empty disables it.')
param azureOpenAiEndpoint string = ''

@description('SMTP relay that sends booking e-mails (for example smtp.azurecomm.net); empty: e-mails are recorded as failed until it is set.')
param smtpHost string = ''

@description('SMTP relay port (587 with STARTTLS).')
param smtpPort string = '587'

@description('SMTP relay user (the password lives in Key Vault as smtp-password).')
param smtpUserName string = ''

@description('Sender address of booking e-mails; each tenant\'s name is shown with it.')
param smtpFromAddress string = ''

@description('Twilio account SID for text messages (the auth token lives in Key Vault as twilio-auth-token); empty: no text messages.')
param twilioAccountSid string = ''

@description('Twilio sending number (E.164) or messaging service SID (MG...).')
param twilioFrom string = ''

@description('Azure OpenAI deployment name.')
param azureOpenAiDeployment string = ''

@description('Origins of the static frontends allowed to call the API (CORS).')
param corsAllowedOrigins array = []

@description('Region of the static web app that serves the booking site and dashboard (Static Web Apps offers only these); its content is served worldwide.')
@allowed([
  'westeurope'
  'eastus2'
  'centralus'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Resource id of an existing action group the alerts notify; empty: alerts fire without notifying.')
param alertActionGroupId string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'appointment-booking'
  environment: environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var cosmosDatabaseName = 'appointments'
var cosmosContainerName = 'items'
// The one list of the app's queues; QueueNames in src/Functions must name exactly these (Infra.Tests).
var appQueues = loadJsonContent('queues.json')

// Private endpoints of the private variant, one per data service sub-resource. Cosmos DB has no
// suffix in environment(); privatelink.documents.azure.com is the zone of its public cloud.
var privateLinks = [
  { name: 'blob', service: 'storage', groupId: 'blob', zone: 'privatelink.blob.${environment().suffixes.storage}' }
  { name: 'queue', service: 'storage', groupId: 'queue', zone: 'privatelink.queue.${environment().suffixes.storage}' }
  { name: 'table', service: 'storage', groupId: 'table', zone: 'privatelink.table.${environment().suffixes.storage}' }
  { name: 'cosmos', service: 'cosmos', groupId: 'Sql', zone: 'privatelink.documents.azure.com' }
  { name: 'vault', service: 'keyvault', groupId: 'vault', zone: 'privatelink${replace(environment().suffixes.keyvaultDns, 'vault', 'vaultcore')}' }
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

module network 'core/network.bicep' = if (vnetEnabled) {
  name: 'network'
  scope: rg
  params: {
    name: '${abbrs.networkVirtualNetworks}${resourceToken}'
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
    privateOnly: vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
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
    privateOnly: vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module keyVault 'core/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    privateOnly: vnetEnabled
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module privateEndpoints 'core/private-endpoint.bicep' = [
  for link in privateLinks: if (vnetEnabled) {
    name: 'private-endpoint-${link.name}'
    scope: rg
    params: {
      name: '${abbrs.networkPrivateEndpoints}${link.name}-${resourceToken}'
      location: location
      tags: tags
      subnetId: network!.outputs.privateEndpointSubnetId
      virtualNetworkId: network!.outputs.id
      serviceId: link.service == 'storage'
        ? storage.outputs.id
        : link.service == 'cosmos' ? cosmos.outputs.id : keyVault.outputs.id
      groupId: link.groupId
      dnsZoneName: link.zone
    }
  }
]

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

module web 'app/staticwebapp.bicep' = {
  name: 'web'
  scope: rg
  params: {
    name: '${abbrs.webStaticSites}${resourceToken}'
    location: staticWebAppLocation
    tags: tags
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
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    cosmosContainerName: cosmos.outputs.containerName
    keyVaultName: keyVault.outputs.name
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    authIssuer: authIssuer
    authAudience: authAudience
    googleClientId: googleClientId
    netcashSoftwareVendorKey: netcashSoftwareVendorKey
    azureOpenAiEndpoint: azureOpenAiEndpoint
    azureOpenAiDeployment: azureOpenAiDeployment
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    smtpFromAddress: smtpFromAddress
    twilioAccountSid: twilioAccountSid
    twilioFrom: twilioFrom
    // The platform's own frontends: the static web app, and any origins the deployer adds.
    corsAllowedOrigins: union([web.outputs.uri], corsAllowedOrigins)
    virtualNetworkSubnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
  }
  // The host reads storage, Key Vault references and telemetry as soon as it starts; in the
  // private variant it reaches them only once their private endpoints and DNS zones exist.
  dependsOn: [
    rbac
    privateEndpoints
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
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    queueNames: appQueues
    functionAppHostName: functions.outputs.defaultHostName
    actionGroupId: alertActionGroupId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_STATIC_WEB_APP_NAME string = web.outputs.name
output WEB_URI string = web.outputs.uri
output API_BASE_URL string = 'https://${functions.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
