using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>One entry in a payment's history: what changed, when, and which notification said so.</summary>
/// <param name="At">When the app recorded it.</param>
/// <param name="State">The state after the change.</param>
/// <param name="EventId">The gateway notification behind it, if any.</param>
/// <param name="Note">What happened, for the owner and for support.</param>
public sealed record PaymentChange(Instant At, PaymentState State, string? EventId, string Note);
