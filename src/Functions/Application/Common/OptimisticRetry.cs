namespace AppointmentBooking.Functions.Application.Common;

/// <summary>The one read–decide–write loop of the app: try, and after a lost write race read again and retry within limits.</summary>
public static class OptimisticRetry
{
    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns a result; null from an attempt means it lost a
    /// write race. Null from this method means every attempt lost.
    /// </summary>
    public static async Task<T?> RunAsync<T>(RetryLimits limits, Func<Task<T?>> attempt, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var tries = 0; tries < limits.MaxAttempts; tries++)
        {
            if (await attempt() is { } result)
            {
                return result;
            }

            if (tries + 1 < limits.MaxAttempts)
            {
                await Task.Delay(limits.BackoffAfter(tries), cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Runs <paramref name="attempt"/> until it reports done (true); false from this method means every attempt lost.</summary>
    public static async Task<bool> RunUntilDoneAsync(RetryLimits limits, Func<Task<bool>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return await RunAsync(limits, async () => await attempt() ? Done : null, cancellationToken) is not null;
    }

    private static readonly object Done = new();
}
