using AppointmentBooking.Domain.Payments;

namespace AppointmentBooking.Functions.Application.Payments;

/// <summary>How asking for a deposit checkout ended.</summary>
public abstract record CheckoutOutcome
{
    private CheckoutOutcome()
    {
    }

    /// <summary>The checkout is open (now, or since an earlier call).</summary>
    public sealed record Open(Payment Payment) : CheckoutOutcome;

    public sealed record NotFound(string Detail) : CheckoutOutcome;

    /// <summary>The booking owes no deposit now (confirmed, expired, cancelled).</summary>
    public sealed record NothingToPay(string Detail) : CheckoutOutcome;

    /// <summary>The tenant cannot take deposits right now; nothing was opened.</summary>
    public sealed record PaymentsUnavailable(string Detail) : CheckoutOutcome;
}
