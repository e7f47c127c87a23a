using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Infra.Tests.Alerts;

/// <summary>
/// The log the Durable Functions extension writes in the Functions host when an orchestration
/// fails: its category and the FunctionFailed call of EndToEndTraceHelper in
/// Azure/azure-functions-durable-extension, template and argument types alike. The saga is not
/// built yet; this is what the host will emit for it.
/// </summary>
internal static class DurableExtensionLog
{
    public const string Category = "Host.Triggers.DurableTask";

    private const string FunctionFailedTemplate =
        "{instanceId}: Function '{functionName} ({functionType})' failed with an error. Reason: {reason}. IsReplay: {isReplay}. State: {state}. RuntimeStatus: {runtimeStatus}. HubName: {hubName}. AppName: {appName}. SlotName: {slotName}. ExtensionVersion: {extensionVersion}. SequenceNumber: {sequenceNumber}. TaskEventId: {taskEventId}";

    private enum FunctionType
    {
        Activity,
        Orchestrator,
        Entity,
    }

    private enum FunctionState
    {
        Scheduled,
        Started,
        Completed,
        Failed,
    }

    private enum OrchestrationRuntimeStatus
    {
        Running,
        Completed,
        Failed,
    }

    // The extension logs through ILogger.LogError with camelCase placeholders; so does this, to export the same record.
#pragma warning disable CA1727, CA1848, CA2254
    public static void FunctionFailed(ILogger logger, string instanceId, string orchestrator, string reason) =>
        logger.LogError(
            FunctionFailedTemplate,
            instanceId, orchestrator, FunctionType.Orchestrator, reason, false, FunctionState.Failed, OrchestrationRuntimeStatus.Failed,
            "AppointmentBooking", "func-booking", string.Empty, "3.0.0", 7L, -1);
#pragma warning restore CA1727, CA1848, CA2254
}
