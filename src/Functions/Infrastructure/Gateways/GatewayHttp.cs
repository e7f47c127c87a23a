using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AppointmentBooking.Functions.Infrastructure.Gateways;

/// <summary>
/// The HttpClients of the regional gateways (named clients from the factory, so pooled handlers are
/// renewed): every attempt has a timeout and the whole call a shorter one than a gateway's notification
/// timeout, and only calls that cannot act twice are retried — GETs, and POSTs carrying an
/// <c>Idempotency-Key</c> the gateway de-duplicates by. A POST that creates or refunds without one is
/// sent once; its caller decides (the saga retries the step, which checks first).
/// </summary>
internal static class GatewayHttp
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(20);

    public static IServiceCollection AddGatewayHttpClient(this IServiceCollection services, string name)
    {
        services.AddHttpClient(name).AddStandardResilienceHandler(options =>
        {
            options.AttemptTimeout.Timeout = AttemptTimeout;
            options.TotalRequestTimeout.Timeout = TotalTimeout;
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.Delay = TimeSpan.FromMilliseconds(250);
            var transient = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = args => IsIdempotent(args.Context.GetRequestMessage()) ? transient(args) : ValueTask.FromResult(false);
        });
        return services;
    }

    public static bool IsIdempotent(HttpRequestMessage? request) =>
        request is not null && (request.Method == HttpMethod.Get || request.Headers.Contains(IdempotencyKeyHeader));
}
