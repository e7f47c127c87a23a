// The booking site and the owner's dashboard (web/): plain files on Azure Static Web Apps, deployed
// by azd with the app's deployment token (no repository link, no build in Azure). Routes, fallbacks
// and security headers come from web/staticwebapp.config.json; the API base URL and the dashboard's
// sign-in from the config.json the web service's prepackage hook writes (infra/hooks/web-config.sh).
// https://learn.microsoft.com/azure/static-web-apps/configuration

@description('Name of the static web app.')
param name string

@description('Region of the static web app\'s management resource; its content is served from edge locations everywhere.')
param location string

@description('Tags applied to the static web app.')
param tags object

@description('azd service name; must match the service in azure.yaml.')
param serviceName string = 'web'

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    // azd deploys the files itself; SWA's own build from a repository stays off.
    provider: 'None'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostname
output uri string = 'https://${site.properties.defaultHostname}'
