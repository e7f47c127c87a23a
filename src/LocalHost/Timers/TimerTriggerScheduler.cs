using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.LocalHost.Timers;

/// <summary>
/// Does locally what the Functions host does for timer triggers: runs each on its NCRONTAB schedule in
/// UTC, one run at a time per function; a failed run is logged and the schedule goes on.
/// </summary>
internal sealed partial class TimerTriggerScheduler(
    IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<TimerTriggerScheduler> logger, Assembly functions)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(TriggeredMethods.Discover<TimerTriggerAttribute>(functions).Select(f => RunAsync(f, stoppingToken)));

    private async Task RunAsync(TriggeredMethod<TimerTriggerAttribute> function, CancellationToken stoppingToken)
    {
        var schedule = TimerSchedule.Parse(function.Trigger.Schedule, configuration);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await Task.Delay(schedule.GetNextOccurrence(now) - now, time, stoppingToken);
            FunctionScope.Enter(function.Name);
            try
            {
                using var scope = services.CreateScope();
                await function.InvokeAsync(scope.ServiceProvider, new TimerInfo(), stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception, function.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; it runs again on its schedule")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function);
}
