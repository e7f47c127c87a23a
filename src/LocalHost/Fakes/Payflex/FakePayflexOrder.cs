namespace AppointmentBooking.LocalHost.Fakes.Payflex;

/// <summary>An order as the fake Payflex keeps it: the merchant's client, what the app asked for, and what the "customer" did.</summary>
public sealed record FakePayflexOrder(string OrderId, string ClientId, string Token, string MerchantReference, decimal Amount, string ConfirmUrl, string CancelUrl)
{
    /// <summary><c>Created</c>, <c>Approved</c>, <c>Declined</c>, <c>Abandoned</c> or <c>Cancelled</c>.</summary>
    public string Status { get; init; } = "Created";

    /// <summary>What Payflex reports as the order's amount (a test may make it differ from what was asked).</summary>
    public decimal? ReportedAmount { get; init; }
}
