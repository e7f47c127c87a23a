using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// The gateway a tenant chooses (null: the app chooses) and changes to its credentials, as plain
/// values on their way to being sealed: a value sets one, null removes it, an absent name keeps it.
/// Choosing another gateway starts from no credentials.
/// </summary>
public sealed record GatewayChange(PaymentGatewayKind? Gateway, IReadOnlyDictionary<string, string?> Credentials);
