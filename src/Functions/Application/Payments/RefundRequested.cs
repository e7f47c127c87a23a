using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Queues;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>A deposit to refund, queued on the payments queue: the refund itself is idempotent, so the message may arrive twice.</summary>
/// <param name="MessageId">The outbox message this is, when a booking carried it; acknowledged once refunded.</param>
public sealed record RefundRequested(string MessageId, string TenantId, string BookingId, string Reason)
{
    public static PendingMessage For(string tenantId, string bookingId, string reason, Instant now)
    {
        var request = new RefundRequested($"{bookingId}/refund", tenantId, bookingId, reason);
        return new PendingMessage(request.MessageId, QueueNames.Payments, JsonSerializer.Serialize(request, AppJson.Options), now);
    }
}
