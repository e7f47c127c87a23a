using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Payments;

/// <summary>One payment of an instalment plan: what the customer pays the gateway, and when.</summary>
/// <param name="DueAt">When the gateway collects it.</param>
/// <param name="Amount">How much it collects then.</param>
public sealed record Instalment(Instant DueAt, Money Amount);
