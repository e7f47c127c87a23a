using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>When a booking was cancelled and whether its deposit is refundable under the tenant's window.</summary>
/// <param name="At">The instant of the cancellation.</param>
/// <param name="RefundEligible">Whether the deposit is to be refunded.</param>
public sealed record Cancellation(Instant At, bool RefundEligible);
