// Data-plane role assignments: the app identity gets what it needs at runtime; the deploying
// principal (azd's AZURE_PRINCIPAL_ID) gets the same data roles for local runs and debugging,
// plus Key Vault Secrets Officer so it can set the secret values after `azd up`.

@description('Principal id of the app\'s user-assigned identity.')
param appPrincipalId string

@description('Principal id of the deploying user or service principal; empty skips its roles.')
param deployerPrincipalId string

@description('Type of the deploying principal.')
@allowed([
  'User'
  'ServicePrincipal'
])
param deployerPrincipalType string

@description('Storage account name.')
param storageAccountName string

@description('Cosmos DB account name.')
param cosmosAccountName string

@description('Key Vault name.')
param keyVaultName string

@description('Application Insights component name.')
param applicationInsightsName string

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}
// Cosmos DB Built-in Data Contributor (a Cosmos data-plane role, not an Azure RBAC role).
var cosmosDataContributorId = '00000000-0000-0000-0000-000000000002'

var app = { id: appPrincipalId, type: 'ServicePrincipal' }
var principals = empty(deployerPrincipalId)
  ? [app]
  : [app, { id: deployerPrincipalId, type: deployerPrincipalType }]

var storageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]
var storageAssignments = flatten(map(
  principals,
  p => map(storageRoles, r => { principalId: p.id, principalType: p.type, roleId: r })
))

var keyVaultAssignments = concat(
  [{ principalId: appPrincipalId, principalType: 'ServicePrincipal', roleId: roles.keyVaultSecretsUser }],
  empty(deployerPrincipalId)
    ? []
    : [{ principalId: deployerPrincipalId, principalType: deployerPrincipalType, roleId: roles.keyVaultSecretsOfficer }]
)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' existing = {
  name: cosmosAccountName
}

resource cosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' existing = {
  parent: cosmos
  name: cosmosDataContributorId
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in storageAssignments: {
    name: guid(storage.id, a.principalId, a.roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
      principalId: a.principalId
      principalType: a.principalType
    }
  }
]

resource keyVaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for a in keyVaultAssignments: {
    name: guid(vault.id, a.principalId, a.roleId)
    scope: vault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', a.roleId)
      principalId: a.principalId
      principalType: a.principalType
    }
  }
]

// Entra-authenticated telemetry ingestion (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appPrincipalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource cosmosRoleAssignments 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for p in principals: {
    parent: cosmos
    name: guid(cosmos.id, p.id, cosmosDataContributorId)
    properties: {
      roleDefinitionId: cosmosDataContributor.id
      principalId: p.id
      scope: cosmos.id
    }
  }
]
