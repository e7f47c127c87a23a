// Cosmos DB for NoSQL: one database, one container partitioned by /tenantId.
// Serverless by default; 'provisioned' puts manual throughput on the container.
// Keys are disabled: the app and the deploying principal use data-plane RBAC (see app/rbac.bicep).
// In the private variant the account has no public endpoint (private endpoint in main.bicep).

@description('Name of the Cosmos DB account.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the account.')
param tags object

@description('serverless (pay per request) or provisioned (manual RU/s on the container).')
@allowed([
  'serverless'
  'provisioned'
])
param throughputMode string

@description('RU/s of the container when throughputMode is provisioned; ignored for serverless.')
@minValue(400)
param throughput int

@description('Database name.')
param databaseName string

@description('Container name.')
param containerName string

@description('True: no public network access; only the private endpoint reaches the account.')
param privateOnly bool

@description('Log Analytics workspace that receives the data-plane request logs.')
param logAnalyticsWorkspaceId string

var isServerless = throughputMode == 'serverless'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: isServerless ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: privateOnly ? 'Disabled' : 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = {
  parent: database
  name: containerName
  properties: {
    resource: {
      id: containerName
      partitionKey: {
        paths: [
          '/tenantId'
        ]
        kind: 'Hash'
        version: 2
      }
      // TTL is on, but no document expires unless it carries its own `ttl`
      // (idempotency keys, webhook dedupe records, expired holds).
      defaultTtl: -1
      // Every query is single-partition (tenantId) and filters or orders by these paths only.
      // Everything else — notably conversation messages and other large payloads — is not indexed,
      // which keeps write RU low. Adding a path later is an online re-index.
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          { path: '/type/?' }
          { path: '/start/?' }
          { path: '/status/?' }
          { path: '/holdExpiresAt/?' }
          { path: '/createdAt/?' }
          // Filters and ORDER BY of the catalog, the dashboard's listings and the outbox relay.
          { path: '/staffId/?' }
          { path: '/name/?' }
          { path: '/displayName/?' }
          { path: '/active/?' }
          { path: '/outboxPending/?' }
        ]
        excludedPaths: [
          { path: '/*' }
        ]
        compositeIndexes: [
          [
            { path: '/type', order: 'ascending' }
            { path: '/start', order: 'ascending' }
          ]
          [
            { path: '/type', order: 'ascending' }
            { path: '/createdAt', order: 'descending' }
          ]
          // Keyset pages of the dashboard's booking listing: ORDER BY c.start, c.id.
          [
            { path: '/start', order: 'ascending' }
            { path: '/id', order: 'ascending' }
          ]
        ]
      }
    }
    options: isServerless ? {} : { throughput: throughput }
  }
}

// Every read, write and query with its status and RU charge, in the resource-specific table
// CDBDataPlaneRequests: the record of 412/409 conflicts and 429 throttling on the booking path.
resource dataPlaneLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-plane-requests'
  scope: account
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'DataPlaneRequests'
        enabled: true
      }
    ]
  }
}

output name string = account.name
output id string = account.id
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
output containerName string = container.name
