namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Deposits of one currency paid and refunded during the period, in minor units, with their counts.</summary>
public sealed record DepositTotalsResponse(string Currency, long PaidMinor, int Paid, long RefundedMinor, int Refunded);
