using System.Diagnostics.Metrics;
using AppointmentBooking.Functions.Infrastructure.Telemetry;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>How many event streams this instance serves now: a gauge for operations (each one polls the change feed), and proof a stream ends when its client goes.</summary>
public sealed class OpenStreams
{
    public const string GaugeName = "dashboard.streams.open";
    private int open;

    public OpenStreams(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meters.Create(BookingTelemetry.SourceName).CreateObservableUpDownCounter(GaugeName, () => Count, "{stream}", "Dashboard event streams open on this instance");
    }

    public int Count => Volatile.Read(ref open);

    /// <summary>Counts a stream until the returned handle is disposed.</summary>
    public IDisposable Track()
    {
        Interlocked.Increment(ref open);
        return new Release(this);
    }

    private sealed class Release(OpenStreams streams) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                Interlocked.Decrement(ref streams.open);
            }
        }
    }
}
