using System.Net;
using AppointmentBooking.Functions.Infrastructure.Json;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Builds the one CosmosClient of the process from <see cref="CosmosOptions"/>.</summary>
internal static class CosmosClientFactory
{
    /// <param name="handlers">Extra pipeline handlers registered in DI (for example a request counter in tests).</param>
    public static CosmosClient Create(CosmosOptions options, IEnumerable<RequestHandler> handlers)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Setting Cosmos:Endpoint is required.");
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            UseSystemTextJsonSerializerWithOptions = AppJson.Options,
            // Emits the Azure.Cosmos.Operation activities the telemetry pipeline reports as dependencies.
            CosmosClientTelemetryOptions = new CosmosClientTelemetryOptions { DisableDistributedTracing = false },
        };
        foreach (var handler in handlers)
        {
            clientOptions.CustomHandlers.Add(handler);
        }

        if (IsLoopback(endpoint))
        {
            // The local emulator serves a self-signed certificate; trust it on loopback only.
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
            clientOptions.CustomHandlers.Add(new LoopbackEmulatorHandler());
        }

        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(endpoint.ToString(), options.Key, clientOptions);
    }

    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
