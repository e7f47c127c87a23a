using System.Text.Json;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Queues;

/// <summary>Makes the refunds the payments queue asks for (a refundable cancellation, a payment that came too late), once each.</summary>
public sealed class Payments(RefundDeposit refund, OutboxAcknowledger acknowledger)
{
    [Function(nameof(RefundDeposits))]
    public async Task RefundDeposits([QueueTrigger(QueueNames.Payments)] string message, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<RefundRequested>(message, AppJson.Options) ?? throw new JsonException("A payments message must be a JSON object.");
        await refund.ExecuteAsync(request.TenantId, request.BookingId, cancellationToken);
        await acknowledger.AcknowledgeAsync(request.TenantId, request.BookingId, request.MessageId, cancellationToken);
    }
}
