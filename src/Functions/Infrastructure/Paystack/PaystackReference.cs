namespace AppointmentBooking.Functions.Infrastructure.Paystack;

/// <summary>
/// The transaction reference the app gives Paystack: <c>{tenantId}.{bookingId}</c>, with an attempt
/// suffix when Paystack already holds the first (a checkout whose answer was lost). Paystack allows
/// letters, digits, <c>-</c>, <c>.</c> and <c>=</c>; the app's ids are letters, digits and <c>-</c>, so the
/// dots separate them. It names the tenant whose key verifies the webhook; the signature and the stored
/// payment then decide whether it counts.
/// </summary>
internal static class PaystackReference
{
    public static string For(string tenantId, string bookingId, string? attempt = null) =>
        attempt is null ? $"{tenantId}.{bookingId}" : $"{tenantId}.{bookingId}.{attempt}";

    public static (string? TenantId, string? BookingId) Read(string? reference) =>
        reference?.Split('.') is [var tenantId, var bookingId, ..] ? (tenantId, bookingId) : (null, null);
}
