// The Functions app on Flex Consumption (FC1), .NET 10 isolated worker, running as a
// user-assigned managed identity. Its app settings are built in one block below.
// Flex Consumption deprecates the site settings the other plans use (ftpsState, runtime app
// settings, WEBSITE_TIME_ZONE...): https://learn.microsoft.com/azure/azure-functions/functions-app-settings#flex-consumption-plan-deprecations
// Timer schedules therefore run in UTC; tenant-local times are computed in code.

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app.')
param tags object

@description('azd service name; must match the service in azure.yaml.')
param serviceName string = 'functions'

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Storage account used by the host, Durable Functions and the app queues.')
param storageAccountName string

@description('Blob endpoint of that account.')
param storageBlobEndpoint string

@description('Queue endpoint of that account.')
param storageQueueEndpoint string

@description('Table endpoint of that account (Durable Functions instance and history tables).')
param storageTableEndpoint string

@description('Blob container that holds the deployment package.')
param deploymentContainerName string

@description('Cosmos DB account endpoint.')
param cosmosEndpoint string

@description('Cosmos DB database name.')
param cosmosDatabaseName string

@description('Cosmos DB container name.')
param cosmosContainerName string

@description('Key Vault that holds the secrets referenced by app settings.')
param keyVaultName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('OIDC issuer of admin/dashboard bearer tokens (Entra ID or Google).')
param authIssuer string

@description('Audience of admin/dashboard bearer tokens.')
param authAudience string

@description('Google OAuth client id (the secret lives in Key Vault).')
param googleClientId string

@description('The software vendor key Netcash issued to this platform (Pay Now field m2).')
param netcashSoftwareVendorKey string

@description('Azure OpenAI endpoint for the booking assistant; empty disables it.')
param azureOpenAiEndpoint string

@description('Azure OpenAI deployment name.')
param azureOpenAiDeployment string

@description('SMTP relay host of booking e-mails; empty leaves e-mail off.')
param smtpHost string

@description('SMTP relay port.')
param smtpPort string

@description('SMTP relay user (the password is the Key Vault secret smtp-password).')
param smtpUserName string

@description('Sender address of booking e-mails.')
param smtpFromAddress string

@description('Twilio account SID (the auth token is the Key Vault secret twilio-auth-token); empty leaves text messages off.')
param twilioAccountSid string

@description('Twilio sending number or messaging service SID.')
param twilioFrom string

@description('Origins of the platform\'s own frontends (dashboard, booking site) allowed to call the API; tenants add theirs in their settings.')
param corsAllowedOrigins array

@description('Subnet delegated to Microsoft.App/environments for outbound VNet integration; empty for none.')
param virtualNetworkSubnetId string

@description('Upper bound of Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// Microsoft's guidance for Durable Functions on Flex Consumption: one always-ready instance for
// the `durable` group, so an orchestration (and its timers) never waits for a cold start
// (https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-azure-storage-provider#flex-consumption-plan).
@description('Always-ready instances of the durable group (orchestrators, activities, entities).')
@minValue(0)
param durableAlwaysReadyInstances int = 1

// Resolves a Key Vault reference through the app's user-assigned identity (keyVaultReferenceIdentity).
func keyVaultRef(vault string, secret string) string => '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

// ---------------------------------------------------------------------------------------------
// APP SETTINGS — every setting the app reads in Azure. Add new settings here, in this block only.
// Secret values are Key Vault references; infra/hooks/postprovision.(sh|ps1) creates each secret.
// ---------------------------------------------------------------------------------------------
var appSettings = {
  // Host storage, identity-based (no connection string, shared keys are off).
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // Durable Functions' Azure Storage provider takes each service endpoint explicitly.
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  // DefaultAzureCredential in the app picks the user-assigned identity from this.
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Cosmos__Endpoint: cosmosEndpoint
  Cosmos__Database: cosmosDatabaseName
  Cosmos__Container: cosmosContainerName
  Cosmos__CreateIfMissing: 'false'
  Storage__QueueServiceUri: storageQueueEndpoint
  // OIDC issuers of management tokens (space-separated) and their audience. The development issuer
  // (a shared HS256 secret for the local host and tests) stays off in Azure.
  Auth__Issuer: authIssuer
  Auth__Audience: authAudience
  Auth__Development__Issuer: ''
  Auth__Development__SigningKey: ''
  // Origins of the platform's own frontends; each tenant adds its own in its settings. CORS is answered
  // by the app (per tenant), so the platform's CORS setting below stays empty.
  Cors__AllowedOrigins: join(corsAllowedOrigins, ',')
  Payments__Stripe__SecretKey: keyVaultRef(keyVaultName, 'stripe-secret-key')
  Payments__Stripe__WebhookSecret: keyVaultRef(keyVaultName, 'stripe-webhook-secret')
  Payments__Stripe__ApiBase: 'https://api.stripe.com'
  // Customers land on the booking site after paying; gateways post notifications to this app.
  Payments__ReturnBaseUrl: 'https://${name}.azurewebsites.net/'
  Payments__WebhookBaseUrl: 'https://${name}.azurewebsites.net/'
  // The regional gateways' live hosts. Tenants' own credentials live sealed in their settings, not here.
  Payments__PayFast__SiteBase: 'https://www.payfast.co.za/'
  Payments__PayFast__ApiBase: 'https://api.payfast.co.za/'
  Payments__PayFast__ApiTestMode: 'false'
  // ITNs are accepted only from the addresses PayFast's published hosts resolve to.
  Payments__PayFast__CheckSourceAddress: 'true'
  Payments__PayFast__SourceHosts: 'www.payfast.co.za,w1w.payfast.co.za,w2w.payfast.co.za'
  Payments__Yoco__ApiBase: 'https://payments.yoco.com/'
  Payments__Paystack__ApiBase: 'https://api.paystack.co/'
  Payments__Netcash__PayNowUrl: 'https://paynow.netcash.co.za/site/paynow.aspx'
  Payments__Netcash__ServicesBase: 'https://ws.netcash.co.za/'
  Payments__Netcash__SoftwareVendorKey: netcashSoftwareVendorKey
  Payments__Payflex__AuthUrl: 'https://auth.payflex.co.za/auth/merchant'
  Payments__Payflex__Audience: 'https://auth-production.payflex.co.za'
  Payments__Payflex__ApiBase: 'https://api.payflex.co.za/'
  Saga__FirstRetrySeconds: '5'
  Saga__MaxAttempts: '6'
  // Staff calendars: the Google OAuth client (register the redirect URI below with it) and Google's endpoints.
  Google__ClientId: googleClientId
  Google__ClientSecret: keyVaultRef(keyVaultName, 'google-client-secret')
  Google__RedirectUri: 'https://${name}.azurewebsites.net/api/calendar/oauth/callback'
  Google__AuthorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth'
  Google__TokenEndpoint: 'https://oauth2.googleapis.com/token'
  Google__RevocationEndpoint: 'https://oauth2.googleapis.com/revoke'
  Google__CalendarApiBase: 'https://www.googleapis.com/calendar/v3/'
  // Busy time from staff calendars in the slot search: cached this long, waited for at most this long.
  Calendar__BusyCacheSeconds: '60'
  Calendar__BusyTimeoutMilliseconds: '700'
  Encryption__Key: keyVaultRef(keyVaultName, 'encryption-key')
  // Former encryption keys after a rotation (base64, space-separated); they only open what they sealed.
  Encryption__RetiredKeys: keyVaultRef(keyVaultName, 'encryption-retired-keys')
  AzureOpenAI__Endpoint: azureOpenAiEndpoint
  AzureOpenAI__Deployment: azureOpenAiDeployment
  // No key in Azure: the app signs in to Azure OpenAI with its managed identity.
  AzureOpenAI__Api: 'AzureOpenAI'
  Assistant__MaxTokensPerConversation: '40000'
  Assistant__MaxMessagesPerConversation: '30'
  Assistant__RetentionDays: '30'
  RateLimits__PermitsPerMinute: '120'
  RateLimits__ClientPermitsPerMinute: '600'
  RateLimits__GlobalPermitsPerSecond: '1000'
  // NCRONTAB with seconds, in UTC (Flex Consumption has no WEBSITE_TIME_ZONE).
  Outbox__RelaySchedule: '0 */5 * * * *'
  // Dashboard: stream tokens travel in URLs, so they live minutes; a stream reconnects with a fresh one hourly.
  Dashboard__StreamTokenMinutes: '5'
  Dashboard__StreamMinutes: '60'
  Dashboard__PollMilliseconds: '500'
  Dashboard__HeartbeatSeconds: '15'
  Dashboard__MaxDays: '366'
  Analytics__RetentionDays: '400'
  Analytics__FlushSeconds: '10'
  // Outgoing webhooks: doubling waits from 30 s for a day, then the endpoint is disabled. Private and
  // loopback targets stay refused in Azure (server-side request forgery).
  Webhooks__FirstRetrySeconds: '30'
  Webhooks__RetryForHours: '24'
  Webhooks__DeliveryRetentionDays: '30'
  Webhooks__TimeoutSeconds: '10'
  Webhooks__AllowPrivateTargets: 'false'
  Reminders__Schedule: '0 */5 * * * *'
  Reminders__LeadHours: '24,2'
  // E-mail through an SMTP relay on 587 with STARTTLS (outbound port 25 is blocked in Azure).
  Smtp__Host: smtpHost
  Smtp__Port: smtpPort
  Smtp__Security: 'StartTls'
  Smtp__UserName: smtpUserName
  Smtp__Password: keyVaultRef(keyVaultName, 'smtp-password')
  Smtp__FromAddress: smtpFromAddress
  Sms__Twilio__AccountSid: twilioAccountSid
  Sms__Twilio__AuthToken: keyVaultRef(keyVaultName, 'twilio-auth-token')
  Sms__Twilio__From: twilioFrom
  Sms__Twilio__ApiBase: 'https://api.twilio.com'
}
// --------------------------------------------------------------------------- END APP SETTINGS

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
      // Empty: platform CORS would answer every preflight itself, with one list for all tenants.
      cors: {
        allowedOrigins: []
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: durableAlwaysReadyInstances == 0
          ? []
          : [
              {
                name: 'durable'
                instanceCount: durableAlwaysReadyInstances
              }
            ]
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: appSettings
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
