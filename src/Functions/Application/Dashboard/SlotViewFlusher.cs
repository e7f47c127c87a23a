using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using AppointmentBooking.Functions.Application.Events;

namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>Writes the counted slot views on <c>Analytics:FlushSeconds</c>, and once more when the instance stops.</summary>
public sealed class SlotViewFlusher(SlotViewCounter counter, IOptions<AnalyticsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await counter.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush follows in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await counter.FlushAsync(cancellationToken);
    }
}
