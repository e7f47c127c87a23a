using System.Net;
using AppointmentBooking.Functions.Infrastructure.Gateways;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Tests.Infrastructure.Gateways;

/// <summary>The gateways' HttpClients retry a transient failure only where the call cannot act twice.</summary>
public sealed class GatewayHttpTests
{
    [Theory]
    [InlineData("GET", false, 2)]
    [InlineData("POST", true, 2)]
    [InlineData("POST", false, 1)]
    public async Task A_server_error_is_retried_for_reads_and_keyed_writes_only(string method, bool idempotencyKey, int attempts)
    {
        var handler = new FailingOnce();
        var collection = new ServiceCollection().AddGatewayHttpClient("test");
        // The primary handler is swapped under the resilience handler the registration added.
        collection.AddHttpClient("test").ConfigurePrimaryHttpMessageHandler(() => handler);
        using var services = collection.BuildServiceProvider();
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://gateway.test/thing");
        if (idempotencyKey)
        {
            request.Headers.Add(GatewayHttp.IdempotencyKeyHeader, "key-1");
        }

        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("test").SendAsync(request);

        Assert.Equal(attempts, handler.Calls);
        Assert.Equal(attempts == 2 ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private sealed class FailingOnce : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(++Calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
    }
}
