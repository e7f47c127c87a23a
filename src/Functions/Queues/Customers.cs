using System.Text.Json;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Keeps customer records from the bookings' outbox messages; a failure is retried by the queue, then poisoned.</summary>
public sealed class Customers(RecordCustomer record)
{
    [Function(nameof(RecordCustomer))]
    public Task RecordCustomer([QueueTrigger(QueueNames.Customers)] string message, CancellationToken cancellationToken) =>
        record.ExecuteAsync(
            JsonSerializer.Deserialize<CustomerSeen>(message, AppJson.Options) ?? throw new JsonException("A customers message must be a JSON object."),
            cancellationToken);
}
