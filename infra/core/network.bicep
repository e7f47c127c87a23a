// Virtual network for the private variant (vnetEnabled): one subnet for the private endpoints of
// Storage, Cosmos DB and Key Vault, one delegated to Microsoft.App/environments for the Flex
// Consumption app's outbound VNet integration — the layout of the azd Functions quickstarts.
// Subnet names carry no underscore: Flex Consumption rejects them
// (https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to#enable-virtual-network-integration).

@description('Name of the virtual network.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the network.')
param tags object

var privateEndpointSubnetName = 'private-endpoints'
var appSubnetName = 'app'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
    subnets: [
      {
        name: privateEndpointSubnetName
        properties: {
          addressPrefix: '10.0.1.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
          privateLinkServiceNetworkPolicies: 'Enabled'
        }
      }
      {
        // A Flex Consumption app may use up to 40 addresses; a /24 leaves room for scale-out.
        name: appSubnetName
        properties: {
          addressPrefix: '10.0.2.0/24'
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

output id string = vnet.id
output privateEndpointSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, privateEndpointSubnetName)
output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, appSubnetName)
