using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// A tenant's booking rules. Working hours and time off are local to <see cref="Zone"/>; slot
/// search and booking both read this one object so they cannot disagree.
/// </summary>
public sealed class BookingPolicy
{
    private const int MaximumDaysAheadLimit = 3660;

    /// <summary>Creates a policy; every argument is checked and a failure names its field.</summary>
    /// <param name="zone">The tenant's time zone; build it from an IANA id with <see cref="TenantTimeZone.FromId"/>.</param>
    /// <param name="currency">The tenant's ISO 4217 currency.</param>
    /// <param name="minimumNotice">How long before its start a slot stops being offered; not negative.</param>
    /// <param name="maximumDaysAhead">How many local dates after today are bookable (0 = today only).</param>
    /// <param name="slotInterval">The step between offered starts, from the start of each working window.</param>
    /// <param name="holdDuration">How long an unpaid hold keeps a slot; positive.</param>
    /// <param name="cancellationWindow">How long before the start a customer may still cancel; not negative.</param>
    /// <param name="deposit">The default deposit rule for services without their own.</param>
    public BookingPolicy(
        DateTimeZone zone,
        string currency,
        Duration minimumNotice,
        int maximumDaysAhead,
        Duration slotInterval,
        Duration holdDuration,
        Duration cancellationWindow,
        DepositRule deposit)
    {
        Zone = Preconditions.CheckNotNull(zone, "timeZoneId");
        Currency = CurrencyCode.Check(currency, nameof(currency));
        MinimumNotice = Preconditions.CheckNonNegative(minimumNotice, nameof(minimumNotice));
        MaximumDaysAhead = Preconditions.CheckRange(maximumDaysAhead, 0, MaximumDaysAheadLimit, nameof(maximumDaysAhead));
        SlotInterval = Preconditions.CheckPositive(slotInterval, nameof(slotInterval));
        Preconditions.CheckArgument(slotInterval <= Duration.FromDays(1), nameof(slotInterval), "must be at most one day.");
        HoldDuration = Preconditions.CheckPositive(holdDuration, nameof(holdDuration));
        CancellationWindow = Preconditions.CheckNonNegative(cancellationWindow, nameof(cancellationWindow));
        Deposit = Preconditions.CheckNotNull(deposit, nameof(deposit));
        Preconditions.CheckArgument(
            deposit.Amount is null || deposit.Amount.Currency == Currency,
            nameof(deposit),
            "must be in the tenant's currency.");
    }

    /// <summary>The tenant's IANA time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The tenant's upper-case ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>The least time between now and an offered start.</summary>
    public Duration MinimumNotice { get; }

    /// <summary>
    /// The last bookable local date is today (in <see cref="Zone"/>) plus this many days; counted
    /// in local dates so the window does not shift by an hour across DST.
    /// </summary>
    public int MaximumDaysAhead { get; }

    /// <summary>The step between offered starts.</summary>
    public Duration SlotInterval { get; }

    /// <summary>How long an unpaid hold blocks its slot.</summary>
    public Duration HoldDuration { get; }

    /// <summary>How long before the start a customer may still cancel.</summary>
    public Duration CancellationWindow { get; }

    /// <summary>The default deposit rule.</summary>
    public DepositRule Deposit { get; }

    /// <summary>The deposit rule that applies to <paramref name="service"/>.</summary>
    public DepositRule DepositRuleFor(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.Deposit ?? Deposit;
    }

    /// <summary>The last local date on which slots are offered, given <paramref name="now"/>.</summary>
    public LocalDate LastBookableDate(Instant now) => now.InZone(Zone).Date.PlusDays(MaximumDaysAhead);
}
