using System.Diagnostics;

namespace AppointmentBooking.Functions.Infrastructure.Health;

/// <summary>Probes every dependency in parallel, each bounded by a timeout so a hung one reads as down.</summary>
public sealed class HealthCheck(IEnumerable<IDependencyProbe> probes)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<DependencyStatus>> RunAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(probes.Select(probe => RunOneAsync(probe, cancellationToken)));

    private static async Task<DependencyStatus> RunOneAsync(IDependencyProbe probe, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe.ProbeAsync(timeout.Token).WaitAsync(timeout.Token);
            return new DependencyStatus(probe.Name, "up", watch.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(probe.Name, "down", watch.ElapsedMilliseconds, exception.GetType().Name);
        }
    }
}
