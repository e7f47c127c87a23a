using System.Collections.Concurrent;
using AppointmentBooking.Domain.Dashboard;
using AppointmentBooking.Functions.Application.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>
/// Counts slot views in memory and writes the counts every few seconds (SlotViewFlusher), one increment
/// per tenant and date: a view never waits for a write, and a busy tenant costs one write per instance
/// per flush, not one per view. Counts not yet written when an instance stops abruptly are lost; they
/// are analytics, and the telemetry counts the same views too.
/// </summary>
public sealed partial class SlotViewCounter(ISlotViewCounts counts, IOptions<AnalyticsOptions> options, ILogger<SlotViewCounter> logger)
{
    private readonly ConcurrentDictionary<(string TenantId, LocalDate Day), long> unwritten = new();

    public void Record(string tenantId, LocalDate day) => unwritten.AddOrUpdate((tenantId, day), 1, (_, views) => views + 1);

    /// <summary>Writes what was counted; a count that fails to write is kept for the next flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var key in unwritten.Keys)
        {
            if (!unwritten.TryRemove(key, out var views))
            {
                continue;
            }

            try
            {
                await counts.AddAsync(key.TenantId, key.Day, views, options.Value.Retention, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                unwritten.AddOrUpdate(key, views, (_, later) => later + views);
                LogDeferred(logger, exception, key.TenantId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slot views of tenant {TenantId} could not be written; they are kept for the next flush")]
    private static partial void LogDeferred(ILogger logger, Exception exception, string tenantId);
}
