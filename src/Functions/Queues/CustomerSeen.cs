using NodaTime;

namespace AppointmentBooking.Functions.Queues;

/// <summary>A booking was made by this customer: keep their record, merged by normalised contact.</summary>
public sealed record CustomerSeen(
    string TenantId,
    string CustomerId,
    string Name,
    string? Email,
    string? Phone,
    string BookingId,
    Instant SeenAt);
