using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Used only against a loopback endpoint. The local Cosmos server answers a point read of a missing
/// document with 500 unless the request is flagged cross-partition, in which case it answers the
/// correct 404; real Cosmos DB never sees this handler.
/// </summary>
internal sealed class LoopbackEmulatorHandler : RequestHandler
{
    private const string CrossPartitionHeader = "x-ms-documentdb-query-enablecrosspartition";

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get && request.RequestUri.OriginalString.Contains("/docs/", StringComparison.Ordinal))
        {
            request.Headers.Set(CrossPartitionHeader, "true");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
