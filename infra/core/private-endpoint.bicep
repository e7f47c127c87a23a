// One private endpoint with its private DNS zone, linked to the virtual network, so the service's
// public host name resolves to the endpoint's private address from inside the network.

@description('Name of the private endpoint.')
param name string

@description('Azure region of the endpoint.')
param location string

@description('Tags applied to the endpoint and the zone.')
param tags object

@description('Subnet that holds the endpoint.')
param subnetId string

@description('Virtual network the DNS zone is linked to.')
param virtualNetworkId string

@description('Resource id of the service behind the endpoint.')
param serviceId string

@description('Private link sub-resource: blob, queue, table, Sql (Cosmos DB for NoSQL) or vault.')
param groupId string

@description('Private DNS zone of that sub-resource, e.g. privatelink.blob.core.windows.net.')
param dnsZoneName string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: dnsZoneName
  location: 'global'
  tags: tags
}

resource zoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: virtualNetworkId
    }
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: serviceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: replace(dnsZoneName, '.', '-')
        properties: {
          privateDnsZoneId: zone.id
        }
      }
    ]
  }
}

output id string = endpoint.id
