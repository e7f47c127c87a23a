using System.Threading.RateLimiting;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>
/// A token bucket per tenant and client for the anonymous endpoints, so one client cannot exhaust a
/// salon's slots or the shared database. Kept per instance: a scaled-out app admits a few times the
/// limit in total, which is the intent (protection, not billing).
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ClientRateLimiter(IOptions<RateLimitOptions> options)
    {
        var perMinute = Math.Max(1, options.Value.PermitsPerMinute);
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Null when the request may proceed; otherwise the 429 to answer.</summary>
    public ProblemResult? TryAcquire(string slug, HttpRequest request)
    {
        using var lease = limiter.AttemptAcquire($"{slug.ToLowerInvariant()}|{ClientAddress.Of(request)}");
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return ApiProblems.TooManyRequests((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds)));
    }

    public void Dispose() => limiter.Dispose();
}
