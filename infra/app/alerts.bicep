// Alert rules in the seed's severities. Azure severity = SEV level - 1:
//   SEV1 (0)  critical, 15-minute response: /api/health failing; 5xx rate
//   SEV2 (1)  high, 1-hour response: failed orchestrations; poison-queue messages;
//             webhook signature rejections spiking
//   SEV3 (2)  medium, 4-hour response: p95 latency
//   SEV4 (3)  low, 24-hour response: reminder backlog
// Notification: pass the resource id of an existing action group (email, SMS, PagerDuty, ...)
// as actionGroupId. Left empty, the rules still fire and show in the portal but notify nobody —
// the on-call routing belongs to the operator, not to this template.

@description('Azure region of the web test (same as Application Insights).')
param location string

@description('Tags applied to the rules.')
param tags object

@description('Prefix of the rule names.')
param namePrefix string

@description('Application Insights component name.')
param applicationInsightsName string

@description('Storage account that holds the app queues.')
param storageAccountName string

@description('Host name of the Function App, probed at /api/health.')
param functionAppHostName string

@description('Resource id of an action group to notify; empty for none.')
param actionGroupId string

@description('SEV1: percentage of requests answered 5xx over 15 minutes.')
param serverErrorPercentThreshold int = 5

@description('SEV2: webhook signature rejections in 15 minutes that count as a spike.')
param webhookRejectionThreshold int = 10

@description('SEV3: p95 request duration in milliseconds.')
param p95LatencyThresholdMs int = 2000

@description('SEV4: queued messages that stay in the account\'s queues for six hours.')
param reminderBacklogThreshold int = 1000

var metricAlertActions = empty(actionGroupId) ? [] : [{ actionGroupId: actionGroupId }]
var logAlertActionGroups = empty(actionGroupId) ? [] : [actionGroupId]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' existing = {
  parent: storage
  name: 'default'
}

// ---- SEV1: health --------------------------------------------------------------------------

resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${namePrefix}-health'
  location: location
  // Links the test to its Application Insights component.
  tags: union(tags, { 'hidden-link:${appInsights.id}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${namePrefix}-health'
    Name: 'GET /api/health'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'us-va-ash-azr' }
      { Id: 'emea-nl-ams-azr' }
      { Id: 'apac-sg-sin-azr' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'us-ca-sjc-azr' }
    ]
    Request: {
      RequestUrl: 'https://${functionAppHostName}/api/health'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

resource healthFailing 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-sev1-health-failing'
  location: 'global'
  tags: tags
  properties: {
    description: 'SEV1: /api/health fails from two or more probe locations.'
    severity: 0
    enabled: true
    scopes: [
      healthTest.id
      appInsights.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: healthTest.id
      componentId: appInsights.id
      failedLocationCount: 2
    }
    actions: metricAlertActions
  }
}

// ---- log-based rules over Application Insights ------------------------------------------------

var logRules = [
  {
    name: 'sev1-5xx-rate'
    severity: 0
    description: 'SEV1: more than ${serverErrorPercentThreshold}% of requests answered 5xx (at least 20 requests).'
    frequency: 'PT5M'
    window: 'PT15M'
    query: '''
requests
| summarize total = sum(itemCount), failed = sumif(itemCount, toint(resultCode) >= 500)
| where total >= 20
| extend failedPercent = 100.0 * failed / total
'''
    column: 'failedPercent'
    threshold: serverErrorPercentThreshold
  }
  {
    name: 'sev2-failed-orchestrations'
    severity: 1
    description: 'SEV2: a Durable Functions orchestration (booking saga) ended Failed.'
    frequency: 'PT5M'
    window: 'PT15M'
    query: '''
traces
| where customDimensions.Category == "Host.Triggers.DurableTask"
| where customDimensions.prop__functionType == "Orchestrator"
| where customDimensions.prop__state == "Failed"
| summarize failed = sum(itemCount)
'''
    column: 'failed'
    threshold: 0
  }
  {
    name: 'sev2-poison-messages'
    severity: 1
    description: 'SEV2: a queue message exhausted its retries and moved to <queue>-poison.'
    frequency: 'PT5M'
    window: 'PT15M'
    query: '''
traces
| where message has "MaxDequeueCount" and message contains "-poison"
| summarize poisoned = sum(itemCount)
'''
    column: 'poisoned'
    threshold: 0
  }
  {
    name: 'sev2-webhook-signature-rejections'
    severity: 1
    description: 'SEV2: payment webhooks with a bad signature spiking (more than ${webhookRejectionThreshold} in 15 minutes).'
    frequency: 'PT5M'
    window: 'PT15M'
    query: '''
union
    (customEvents | where name == "WebhookSignatureRejected" | project n = todouble(itemCount)),
    (customMetrics | where name == "WebhookSignatureRejected" | project n = valueSum)
| summarize rejected = sum(n)
'''
    column: 'rejected'
    threshold: webhookRejectionThreshold
  }
  {
    name: 'sev3-p95-latency'
    severity: 2
    description: 'SEV3: p95 request duration above ${p95LatencyThresholdMs} ms (at least 20 requests).'
    frequency: 'PT15M'
    window: 'PT30M'
    query: '''
requests
| where url !has "/api/health"
| summarize total = sum(itemCount), p95 = percentile(duration, 95)
| where total >= 20
'''
    column: 'p95'
    threshold: p95LatencyThresholdMs
  }
]

resource logAlerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in logRules: {
    name: '${namePrefix}-${rule.name}'
    location: location
    tags: tags
    properties: {
      displayName: '${namePrefix}-${rule.name}'
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsights.id
      ]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Maximum'
            metricMeasureColumn: rule.column
            operator: 'GreaterThan'
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: logAlertActionGroups
      }
    }
  }
]

// ---- SEV4: reminder backlog ------------------------------------------------------------------
// Azure Storage reports QueueMessageCount per account (hourly), not per queue. The reminders
// queue carries the bulk of the traffic, so a count that stays high for six hours means the
// reminder batches are not draining.
resource reminderBacklog 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${namePrefix}-sev4-reminder-backlog'
  location: 'global'
  tags: tags
  properties: {
    description: 'SEV4: queued messages (reminders, notifications, calendar-sync, analytics) stayed above ${reminderBacklogThreshold} for six hours.'
    severity: 3
    enabled: true
    scopes: [
      queueService.id
    ]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT6H'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'QueueMessageCount'
          metricNamespace: 'Microsoft.Storage/storageAccounts/queueServices'
          metricName: 'QueueMessageCount'
          timeAggregation: 'Minimum'
          operator: 'GreaterThan'
          threshold: reminderBacklogThreshold
        }
      ]
    }
    actions: metricAlertActions
  }
}
