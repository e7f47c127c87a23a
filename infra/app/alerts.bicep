// Alert rules in the seed's severities. Azure severity = SEV level - 1:
//   SEV1 (0)  critical, 15-minute response: /api/health failing; 5xx rate
//   SEV2 (1)  high, 1-hour response: failed orchestrations; poison-queue messages;
//             webhook signature rejections spiking
//   SEV3 (2)  medium, 4-hour response: p95 latency
//   SEV4 (3)  low, 24-hour response: a queue that stops draining (reminder backlog)
// Notification: pass the resource id of an existing action group (email, SMS, PagerDuty, ...)
// as actionGroupId. Left empty, the rules still fire and show in the portal but notify nobody —
// the on-call routing belongs to the operator, not to this template.
//
// Queue rules read the storage account's queue resource logs (StorageQueueLogs in Log Analytics),
// not the QueueMessageCount metric: that metric supports only the Average aggregation and is
// refreshed once a day, so no window of a few hours reliably holds a value
// (https://learn.microsoft.com/azure/storage/queues/queues-storage-monitoring-scenarios#monitor-message-counts-in-each-queue).
//
// Rules over Application Insights query the names the OpenTelemetry export writes (host.json sets
// telemetryMode OpenTelemetry): a log's category is customDimensions.CategoryName and each message
// template placeholder is a dimension of its own name — not the Application Insights SDK's
// Category and prop__* names. tests/Infra.Tests/Alerts checks each name against the app's real
// telemetry pipeline and exporter.

@description('Azure region of the web test (same as Application Insights).')
param location string

@description('Tags applied to the rules.')
param tags object

@description('Prefix of the rule names.')
param namePrefix string

@description('Application Insights component name.')
param applicationInsightsName string

@description('Log Analytics workspace that receives the storage account\'s queue logs.')
param logAnalyticsWorkspaceId string

@description('The app\'s queues (infra/queues.json): the backlog rule watches these and no others.')
param queueNames array

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

@description('SEV4: messages enqueued minus messages deleted on one queue over six hours.')
param queueBacklogThreshold int = 100

var metricAlertActions = empty(actionGroupId) ? [] : [{ actionGroupId: actionGroupId }]
var logAlertActionGroups = empty(actionGroupId) ? [] : [actionGroupId]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
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

// ---- log-based rules -------------------------------------------------------------------------

// The queue name is the first path segment of the request URI: https://<account>.queue.<suffix>/<queue>/messages...
var queueOfUri = 'extend queue = extract(@"^https?://[^/]+/([^/?]+)/messages", 1, Uri)'

var logRules = [
  {
    name: 'sev1-5xx-rate'
    severity: 0
    description: 'SEV1: more than ${serverErrorPercentThreshold}% of requests answered 5xx (at least 20 requests).'
    frequency: 'PT5M'
    window: 'PT15M'
    onWorkspace: false
    query: '''
requests
| summarize total = sum(itemCount), failed = sumif(itemCount, toint(resultCode) >= 500)
| where total >= 20
| extend failedPercent = 100.0 * failed / total
'''
    column: 'failedPercent'
    splitBy: ''
    threshold: serverErrorPercentThreshold
  }
  {
    // Written by the Durable Functions extension in the host (Host.Triggers.DurableTask) when an
    // orchestration ends Failed, with the placeholders of its FunctionFailed message template.
    name: 'sev2-failed-orchestrations'
    severity: 1
    description: 'SEV2: a Durable Functions orchestration (booking saga) ended Failed.'
    frequency: 'PT5M'
    window: 'PT15M'
    onWorkspace: false
    query: '''
traces
| where customDimensions.CategoryName == "Host.Triggers.DurableTask"
| where customDimensions.functionType == "Orchestrator" and customDimensions.runtimeStatus == "Failed"
| summarize failed = sum(itemCount)
'''
    column: 'failed'
    splitBy: ''
    threshold: 0
  }
  {
    // The queue trigger moves a message that failed maxDequeueCount times with a PutMessage on <queue>-poison.
    name: 'sev2-poison-messages'
    severity: 1
    description: 'SEV2: a queue message exhausted its retries and moved to <queue>-poison.'
    frequency: 'PT5M'
    window: 'PT15M'
    onWorkspace: true
    query: join(
      [
        'StorageQueueLogs'
        '| where OperationName == "PutMessage" and StatusText == "Success"'
        '| ${queueOfUri}'
        '| where queue endswith "-poison"'
        '| summarize poisoned = count() by queue'
      ],
      '\n'
    )
    column: 'poisoned'
    splitBy: 'queue'
    threshold: 0
  }
  {
    // BookingTelemetry.Track(name, ...) exports a customEvents row of that name.
    name: 'sev2-webhook-signature-rejections'
    severity: 1
    description: 'SEV2: payment webhooks with a bad signature spiking (more than ${webhookRejectionThreshold} in 15 minutes).'
    frequency: 'PT5M'
    window: 'PT15M'
    onWorkspace: false
    query: '''
customEvents
| where name == "WebhookSignatureRejected"
| summarize rejected = sum(itemCount)
'''
    column: 'rejected'
    splitBy: ''
    threshold: webhookRejectionThreshold
  }
  {
    name: 'sev3-p95-latency'
    severity: 2
    description: 'SEV3: p95 request duration above ${p95LatencyThresholdMs} ms (at least 20 requests).'
    frequency: 'PT15M'
    window: 'PT30M'
    onWorkspace: false
    query: '''
requests
| where url !has "/api/health"
| summarize total = sum(itemCount), p95 = percentile(duration, 95)
| where total >= 20
'''
    column: 'p95'
    splitBy: ''
    threshold: p95LatencyThresholdMs
  }
  {
    // A queue whose consumer is down keeps receiving messages and deletes none; a healthy one
    // deletes what it receives. Reminder batches are the bulk of the traffic, hence the name.
    name: 'sev4-queue-backlog'
    severity: 3
    description: 'SEV4: an app queue received more than ${queueBacklogThreshold} messages more than it processed over six hours.'
    frequency: 'PT1H'
    window: 'PT6H'
    onWorkspace: true
    query: join(
      [
        'let appQueues = dynamic(${string(queueNames)});'
        'StorageQueueLogs'
        '| where OperationName in ("PutMessage", "DeleteMessage") and StatusText == "Success"'
        '| ${queueOfUri}'
        '| where queue in (appQueues)'
        '| summarize backlog = countif(OperationName == "PutMessage") - countif(OperationName == "DeleteMessage") by queue'
      ],
      '\n'
    )
    column: 'backlog'
    splitBy: 'queue'
    threshold: queueBacklogThreshold
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
        rule.onWorkspace ? logAnalyticsWorkspaceId : appInsights.id
      ]
      // A new workspace has no StorageQueueLogs table until the first log arrives, and ARM
      // rejects a rule whose query names a missing table; Application Insights tables always exist.
      skipQueryValidation: rule.onWorkspace
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      autoMitigate: true
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Maximum'
            metricMeasureColumn: rule.column
            dimensions: empty(rule.splitBy)
              ? []
              : [
                  {
                    name: rule.splitBy
                    operator: 'Include'
                    values: [
                      '*'
                    ]
                  }
                ]
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
