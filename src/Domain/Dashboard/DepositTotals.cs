namespace AppointmentBooking.Domain.Dashboard;

/// <summary>Deposits that moved in a period in one currency, in minor units.</summary>
/// <param name="Currency">The ISO 4217 currency.</param>
/// <param name="PaidMinor">Deposits paid in the period.</param>
/// <param name="Paid">How many were paid.</param>
/// <param name="RefundedMinor">Deposits refunded in the period.</param>
/// <param name="Refunded">How many were refunded.</param>
public sealed record DepositTotals(string Currency, long PaidMinor, int Paid, long RefundedMinor, int Refunded);
