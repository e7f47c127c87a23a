using System.Text.Json;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>
/// Keeps one customer record per normalised contact, off the booking's hot path. Safe to run twice
/// and out of order: an older sighting never overwrites a newer one.
/// </summary>
public sealed class Customers(CosmosStore store)
{
    private const int MaxAttempts = 5;

    [Function(nameof(RecordCustomer))]
    public async Task RecordCustomer([QueueTrigger(QueueNames.Customers)] string message, CancellationToken cancellationToken)
    {
        var seen = JsonSerializer.Deserialize<CustomerSeen>(message, AppJson.Options)
            ?? throw new JsonException("A customers message must be a JSON object.");
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await store.ReadAsync<CustomerDocument>(seen.TenantId, seen.CustomerId, cancellationToken);
            if (existing is not null && existing.LastSeenAt >= seen.SeenAt)
            {
                return;
            }

            if (await store.TryWriteAsync(Record(seen, existing?.ETag), cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException($"Customer {seen.CustomerId} kept changing; the message will be retried.");
    }

    private static CustomerDocument Record(CustomerSeen seen, string? etag) => new()
    {
        Id = seen.CustomerId,
        TenantId = seen.TenantId,
        Name = seen.Name,
        Email = seen.Email,
        Phone = seen.Phone,
        LastBookingId = seen.BookingId,
        LastSeenAt = seen.SeenAt,
        ETag = etag,
    };
}
