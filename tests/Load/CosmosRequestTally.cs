using Microsoft.Azure.Cosmos;

namespace AppointmentBooking.Load;

/// <summary>Counts the requests the app's Cosmos client sends, so a measurement can say how many one call took.</summary>
internal sealed class CosmosRequestTally : RequestHandler
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return base.SendAsync(request, cancellationToken);
    }
}
