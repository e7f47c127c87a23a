using System.Threading.RateLimiting;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Http.RateLimiting;

/// <summary>
/// Token buckets for the anonymous endpoints, in a chain: one for the whole instance, one per client,
/// one per tenant and client — so one client can neither exhaust a salon's slots nor, by rotating
/// slugs, the shared database. Kept per instance: a scaled-out app admits a few times the limits in
/// total, which is the intent (protection, not billing).
/// </summary>
public sealed class ClientRateLimiter : IDisposable
{
    private const string Global = "*";
    private readonly PartitionedRateLimiter<(string Tenant, string Client)> limiter;

    public ClientRateLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Tenant, string Client), string>(_ =>
                RateLimitPartition.GetTokenBucketLimiter(Global, _ => Bucket(limits.GlobalPermitsPerSecond, TimeSpan.FromSeconds(1)))),
            PartitionedRateLimiter.Create<(string Tenant, string Client), string>(key =>
                RateLimitPartition.GetTokenBucketLimiter(key.Client, _ => PerMinute(limits.ClientPermitsPerMinute))),
            PartitionedRateLimiter.Create<(string Tenant, string Client), string>(key =>
                RateLimitPartition.GetTokenBucketLimiter($"{key.Tenant}|{key.Client}", _ => PerMinute(limits.PermitsPerMinute))));
    }

    /// <summary>Null when the request may proceed; otherwise the 429 to answer.</summary>
    public ProblemResult? TryAcquire(string slug, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(slug);
        using var lease = limiter.AttemptAcquire((slug.ToLowerInvariant(), ClientAddress.Of(request)));
        if (lease.IsAcquired)
        {
            return null;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return ApiProblems.TooManyRequests((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds)));
    }

    public void Dispose() => limiter.Dispose();

    private static TokenBucketRateLimiterOptions PerMinute(int permits)
    {
        var perMinute = Math.Max(1, permits);
        return perMinute >= 60
            ? Bucket(perMinute, TimeSpan.FromSeconds(1), tokensPerPeriod: perMinute / 60)
            : Bucket(perMinute, TimeSpan.FromSeconds(60.0 / perMinute), tokensPerPeriod: 1);
    }

    private static TokenBucketRateLimiterOptions Bucket(int limit, TimeSpan period, int? tokensPerPeriod = null) => new()
    {
        TokenLimit = Math.Max(1, limit),
        TokensPerPeriod = Math.Max(1, tokensPerPeriod ?? limit),
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
