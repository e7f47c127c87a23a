using NCrontab;

namespace AppointmentBooking.LocalHost.Timers;

/// <summary>Reads a timer trigger's schedule as the host does.</summary>
public static class TimerSchedule
{
    /// <summary>The six-field NCRONTAB schedule, with a <c>%Setting%</c> expression resolved from the app settings.</summary>
    public static CrontabSchedule Parse(string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule is ['%', .. var key, '%']
            ? configuration[key] ?? throw new InvalidOperationException($"Setting '{key}' holds no timer schedule.")
            : schedule;
        return CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
    }
}
