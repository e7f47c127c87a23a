using System.Text.Json;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Saga;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Starts each booking's saga from the start message in its outbox; a second delivery finds the saga started.</summary>
public sealed class Sagas(OutboxAcknowledger acknowledger, IOptions<SagaOptions> options)
{
    [Function(nameof(StartBookingSaga))]
    public async Task StartBookingSaga(
        [QueueTrigger(QueueNames.Sagas)] string message, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        var start = JsonSerializer.Deserialize<BookingSagaStart>(message, AppJson.Options) ?? throw new JsonException("A sagas message must be a JSON object.");
        await new DurableBookingSagas(client, options.Value).StartAsync(start, cancellationToken);
        await acknowledger.AcknowledgeAsync(start.TenantId, start.BookingId, start.MessageId, cancellationToken);
    }
}
