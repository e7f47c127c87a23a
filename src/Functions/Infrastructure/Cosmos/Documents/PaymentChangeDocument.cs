using AppointmentBooking.Domain.Payments;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>The stored form of one entry in a payment's history.</summary>
public sealed record PaymentChangeDocument(Instant At, PaymentState State, string? EventId, string Note);
