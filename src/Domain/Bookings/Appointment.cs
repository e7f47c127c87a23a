using System.Diagnostics.CodeAnalysis;
using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Products;
using NodaTime;

namespace AppointmentBooking.Domain.Bookings;

/// <summary>
/// A booking and its lifecycle: booked (confirmed at once, or held until a deposit is paid), then
/// confirmed, cancelled under the tenant's window (or by the business), moved, or expired when the
/// hold runs out; once it started, the business marks it completed or a no-show. State changes only
/// through the transition methods, each of which returns the state to store and names what happened
/// (<see cref="Raised"/>), so the write that stores it can announce it.
/// </summary>
public sealed class Appointment
{
    private readonly PendingMessage[] outbox;
    private readonly BookedProduct[] products;
    private readonly BookingEventKind[] raised;
    private readonly HashSet<string> reminders;

    /// <summary>Restores an appointment as stored; the invariants are checked again.</summary>
    /// <param name="id">The booking id.</param>
    /// <param name="tenantId">The tenant the booking belongs to.</param>
    /// <param name="status">The stored status; see <see cref="StatusAt"/> for the status at an instant.</param>
    /// <param name="serviceId">The booked service.</param>
    /// <param name="placement">Who, when, and the staff time blocked.</param>
    /// <param name="zone">The tenant's time zone when the booking was made.</param>
    /// <param name="customer">Who the booking is for.</param>
    /// <param name="price">The service's price at booking time.</param>
    /// <param name="deposit">The deposit due at booking time; zero when none.</param>
    /// <param name="holdExpiresAt">When an unpaid hold lapses; required while the deposit is pending.</param>
    /// <param name="fingerprint">Identifies the create request, to tell a retry from a reused key.</param>
    /// <param name="createdAt">When the booking was made.</param>
    /// <param name="cancellation">The cancellation, when cancelled.</param>
    /// <param name="rescheduleCount">How many times the booking was moved.</param>
    /// <param name="version">The store's concurrency token of this state; null before it is first stored.</param>
    /// <param name="outbox">Messages the booking implies that are not yet acknowledged by their consumers.</param>
    /// <param name="products">Products added to the booking, in the price's currency.</param>
    /// <param name="productCharge">When the products are paid for; with the deposit, <paramref name="deposit"/> includes them.</param>
    /// <param name="raised">What the transitions since the stored state did; empty for a state as stored.</param>
    /// <param name="reminders">The reminders already dealt with (see <see cref="Notifications.ReminderSchedule"/>).</param>
    public Appointment(
        string id,
        string tenantId,
        BookingStatus status,
        string serviceId,
        SlotPlacement placement,
        DateTimeZone zone,
        ContactDetails customer,
        Money price,
        Money deposit,
        Instant? holdExpiresAt,
        string fingerprint,
        Instant createdAt,
        Cancellation? cancellation = null,
        int rescheduleCount = 0,
        string? version = null,
        IEnumerable<PendingMessage>? outbox = null,
        IEnumerable<BookedProduct>? products = null,
        ProductCharge productCharge = ProductCharge.AtAppointment,
        IEnumerable<BookingEventKind>? raised = null,
        IEnumerable<string>? reminders = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        Status = status;
        ServiceId = Preconditions.CheckNotBlank(serviceId, nameof(serviceId));
        Placement = Preconditions.CheckNotNull(placement, nameof(placement));
        Zone = Preconditions.CheckNotNull(zone, nameof(zone));
        Customer = Preconditions.CheckNotNull(customer, nameof(customer));
        Price = Preconditions.CheckNotNull(price, nameof(price));
        Deposit = Preconditions.CheckNotNull(deposit, nameof(deposit));
        Preconditions.CheckArgument(deposit.Currency == price.Currency, nameof(deposit), "must be in the price's currency.");
        Preconditions.CheckArgument(status != BookingStatus.PendingPayment || holdExpiresAt is not null, nameof(holdExpiresAt),
            "is required while the deposit is pending.");
        Preconditions.CheckArgument(status == BookingStatus.Cancelled == cancellation is not null, nameof(cancellation),
            "is given exactly when the booking is cancelled.");
        HoldExpiresAt = holdExpiresAt;
        Fingerprint = Preconditions.CheckNotBlank(fingerprint, nameof(fingerprint));
        CreatedAt = createdAt;
        Cancellation = cancellation;
        RescheduleCount = rescheduleCount;
        Version = version;
        this.outbox = [.. outbox ?? []];
        this.products = [.. products ?? []];
        Preconditions.CheckArgument(Array.TrueForAll(this.products, p => p.UnitPrice.Currency == price.Currency), nameof(products),
            "must be in the price's currency.");
        ProductCharge = productCharge;
        this.raised = [.. raised ?? []];
        this.reminders = new HashSet<string>(reminders ?? [], StringComparer.Ordinal);
    }

    /// <summary>The booking id.</summary>
    public string Id { get; }

    /// <summary>The tenant the booking belongs to.</summary>
    public string TenantId { get; }

    /// <summary>The stored status; <see cref="StatusAt"/> also tells an expired hold.</summary>
    public BookingStatus Status { get; }

    /// <summary>The booked service.</summary>
    public string ServiceId { get; }

    /// <summary>Who, when, and the staff time blocked.</summary>
    public SlotPlacement Placement { get; }

    /// <summary>The tenant's time zone when the booking was made.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Who the booking is for.</summary>
    public ContactDetails Customer { get; }

    /// <summary>The customer's id: the same person always has the same one.</summary>
    public string CustomerId => CustomerIds.For(Customer);

    /// <summary>The price at booking time.</summary>
    public Money Price { get; }

    /// <summary>The deposit due at booking time; zero when none.</summary>
    public Money Deposit { get; }

    /// <summary>When an unpaid hold lapses; null once confirmed or when no deposit was due.</summary>
    public Instant? HoldExpiresAt { get; }

    /// <summary>Identifies the create request.</summary>
    public string Fingerprint { get; }

    /// <summary>When the booking was made.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The cancellation, when cancelled.</summary>
    public Cancellation? Cancellation { get; }

    /// <summary>How many times the booking was moved.</summary>
    public int RescheduleCount { get; }

    /// <summary>The store's concurrency token of this state; null before it is first stored.</summary>
    public string? Version { get; }

    /// <summary>Messages not yet acknowledged by their consumers.</summary>
    public IReadOnlyList<PendingMessage> Outbox => outbox;

    /// <summary>Products added to the booking.</summary>
    public IReadOnlyList<BookedProduct> Products => products;

    /// <summary>When the products are paid for.</summary>
    public ProductCharge ProductCharge { get; }

    /// <summary>What the transitions since this state was stored did, oldest first: the events its write announces. Empty once stored.</summary>
    public IReadOnlyList<BookingEventKind> Raised => raised;

    /// <summary>The reminders already dealt with, one mark per lead and channel.</summary>
    public IReadOnlySet<string> Reminders => reminders;

    /// <summary>
    /// Books a placement that was just claimed: confirmed at once when no deposit is due, otherwise
    /// held until <paramref name="holdExpiresAt"/>.
    /// </summary>
    public static Appointment Book(
        BookingTerms terms, SlotPlacement placement, Instant holdExpiresAt, Instant now, IEnumerable<PendingMessage> outbox)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var needsDeposit = terms.Deposit.MinorUnits > 0;
        BookingEventKind[] happened = needsDeposit ? [BookingEventKind.BookingCreated] : [BookingEventKind.BookingCreated, BookingEventKind.BookingConfirmed];
        return new Appointment(
            terms.BookingId,
            terms.TenantId,
            needsDeposit ? BookingStatus.PendingPayment : BookingStatus.Confirmed,
            terms.Service.Id,
            placement,
            terms.Zone,
            terms.Customer,
            terms.Service.Price,
            terms.Deposit,
            needsDeposit ? holdExpiresAt : null,
            terms.Fingerprint,
            now,
            outbox: outbox,
            products: terms.Products,
            productCharge: terms.ProductCharge,
            raised: happened);
    }

    /// <summary>The status at <paramref name="now"/>: a pending hold past its expiry reads as expired.</summary>
    public BookingStatus StatusAt(Instant now) => BookingStatuses.At(Status, HoldExpiresAt, now);

    /// <summary>Whether this booking is confirmed and holds exactly <paramref name="claim"/> on <paramref name="staffId"/>'s day.</summary>
    /// <remarks>A completed booking or a no-show held its time too: its claim keeps blocking until the time has passed.</remarks>
    public bool OwnsConfirmedClaim(string staffId, LedgerEntry claim) =>
        Status is BookingStatus.Confirmed or BookingStatus.Completed or BookingStatus.NoShow
        && Placement.StaffId == staffId && Placement.IsHeldBy(claim);

    /// <summary>Whether the booking, as it stands at <paramref name="now"/>, still occupies <paramref name="placement"/>.</summary>
    public bool Occupies(SlotPlacement placement, Instant now) =>
        StatusAt(now) is BookingStatus.Confirmed or BookingStatus.PendingPayment && Placement == placement;

    /// <summary>
    /// When the claim of a new placement lapses on its own: a pending booking keeps its hold (moving
    /// never buys more time to pay); a confirmed one gets a fresh hold that its appointment outlives.
    /// </summary>
    public Instant ClaimExpiryAt(Instant now, Duration holdDuration) =>
        Status == BookingStatus.PendingPayment && HoldExpiresAt is { } expiry ? expiry : now + holdDuration;

    /// <summary>Whether the booking may be moved at <paramref name="now"/>; <paramref name="refusal"/> says why not.</summary>
    public bool IsMovableAt(Instant now, [NotNullWhen(false)] out string? refusal)
    {
        refusal = StatusAt(now) switch
        {
            BookingStatus.Cancelled => "A cancelled booking cannot be rescheduled.",
            BookingStatus.Expired => "The hold expired before the deposit was paid; make a new booking.",
            BookingStatus.Completed or BookingStatus.NoShow => "The booking has taken place and can no longer be moved.",
            _ when Placement.Start <= now => "The booking has already started and can no longer be moved.",
            _ => null,
        };
        return refusal is null;
    }

    /// <summary>Moves the booking to <paramref name="placement"/>, which was just claimed for it.</summary>
    public AppointmentTransition MoveTo(SlotPlacement placement, Instant now)
    {
        ArgumentNullException.ThrowIfNull(placement);
        if (!IsMovableAt(now, out var refusal))
        {
            return new AppointmentTransition.Refused(refusal);
        }

        return placement == Placement
            ? new AppointmentTransition.Unchanged(this)
            : new AppointmentTransition.Changed(Copy(placement: placement, rescheduleCount: RescheduleCount + 1, raise: BookingEventKind.BookingRescheduled));
    }

    /// <summary>
    /// Cancels the booking and records whether the deposit is refundable: cancelling at least
    /// <paramref name="window"/> before the start is. Cancelling again changes nothing.
    /// </summary>
    public AppointmentTransition Cancel(Instant now, Duration window)
    {
        if (Status == BookingStatus.Cancelled)
        {
            return new AppointmentTransition.Unchanged(this);
        }

        if (Placement.Start <= now)
        {
            return new AppointmentTransition.Refused("The booking has already started and can no longer be cancelled.");
        }

        var refundable = Deposit.MinorUnits > 0 && CancellationPolicy.IsRefundEligible(Placement.Start, now, window);
        return new AppointmentTransition.Changed(Copy(status: BookingStatus.Cancelled, cancellation: new Cancellation(now, refundable), raise: BookingEventKind.BookingCancelled));
    }

    /// <summary>
    /// Cancels the booking on the business's side because it cannot go ahead (the staff member's
    /// calendar was busy, or the slot was lost while the deposit was being paid): any deposit is
    /// refundable, whatever the window. A booking already given up, or one that took place, stays as it is.
    /// </summary>
    public AppointmentTransition Undo(Instant now) => Status switch
    {
        BookingStatus.Cancelled or BookingStatus.Expired or BookingStatus.Completed or BookingStatus.NoShow =>
            new AppointmentTransition.Unchanged(this),
        _ => new AppointmentTransition.Changed(Copy(status: BookingStatus.Cancelled, cancellation: new Cancellation(now, Deposit.MinorUnits > 0),
            raise: BookingEventKind.BookingCancelled)),
    };

    /// <summary>
    /// Confirms a held booking whose deposit was paid; a confirmed one stays as it is. The caller first
    /// settles the booking's claim, so even a hold that ran out seconds ago is confirmed as long as
    /// nobody took the slot; a booking already marked expired or cancelled is not.
    /// </summary>
    public AppointmentTransition Confirm() => Status switch
    {
        BookingStatus.PendingPayment => new AppointmentTransition.Changed(Copy(status: BookingStatus.Confirmed, clearHold: true, raise: BookingEventKind.BookingConfirmed)),
        BookingStatus.Confirmed => new AppointmentTransition.Unchanged(this),
        var status => new AppointmentTransition.Refused($"A booking that is {status} cannot be confirmed."),
    };

    /// <summary>Marks a hold whose expiry has passed as expired; anything else is refused.</summary>
    public AppointmentTransition Expire(Instant now) => (Status, StatusAt(now)) switch
    {
        (BookingStatus.Expired, _) => new AppointmentTransition.Unchanged(this),
        (_, BookingStatus.Expired) => new AppointmentTransition.Changed(Copy(status: BookingStatus.Expired, raise: BookingEventKind.BookingExpired)),
        var (status, _) => new AppointmentTransition.Refused($"A booking that is {status} cannot expire."),
    };

    /// <summary>The booking without the outbox message <paramref name="messageId"/>, which its consumer has handled.</summary>
    public AppointmentTransition Acknowledge(string messageId) =>
        Array.Exists(outbox, m => m.Id == messageId)
            ? new AppointmentTransition.Changed(Copy(outbox: outbox.Where(m => m.Id != messageId)))
            : new AppointmentTransition.Unchanged(this);

    /// <summary>
    /// Records reminders as dealt with and queues their messages with the same write, so two runs that
    /// race for one booking send each reminder once: the second finds the marks. Marks already there change nothing.
    /// </summary>
    public AppointmentTransition RecordReminders(IEnumerable<string> marks, IEnumerable<PendingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(messages);
        var added = marks.Where(m => !reminders.Contains(m)).ToList();
        if (added.Count == 0)
        {
            return new AppointmentTransition.Unchanged(this);
        }

        var marked = Copy(reminders: reminders.Concat(added));
        return new AppointmentTransition.Changed(messages.Aggregate(marked, (appointment, message) => appointment.Queue(message)));
    }

    /// <summary>The booking with one more message in its outbox, to be stored with the change that implies it.</summary>
    public Appointment Queue(PendingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Copy(outbox: outbox.Where(m => m.Id != message.Id).Append(message));
    }

    /// <summary>
    /// Cancels the booking on the business's decision; <paramref name="refund"/> says whether the deposit
    /// is to be returned, whatever the customer's window. A hold that lapsed or a booking that started
    /// cannot be cancelled; cancelling again changes nothing.
    /// </summary>
    public AppointmentTransition CancelByBusiness(Instant now, bool refund) => StatusAt(now) switch
    {
        BookingStatus.Cancelled => new AppointmentTransition.Unchanged(this),
        BookingStatus.Expired => new AppointmentTransition.Refused("The hold expired before the deposit was paid; there is nothing to cancel."),
        BookingStatus.Completed or BookingStatus.NoShow => new AppointmentTransition.Refused("The booking has taken place and can no longer be cancelled."),
        _ when Placement.Start <= now => new AppointmentTransition.Refused("The booking has already started; mark it completed or a no-show instead."),
        _ => new AppointmentTransition.Changed(Copy(
            status: BookingStatus.Cancelled, cancellation: new Cancellation(now, refund && Deposit.MinorUnits > 0), raise: BookingEventKind.BookingCancelled)),
    };

    /// <summary>Marks a confirmed booking as having taken place, from its start on; marking it again changes nothing.</summary>
    public AppointmentTransition Complete(Instant now) => Settle(BookingStatus.Completed, now);

    /// <summary>Marks a confirmed booking whose customer did not come, from its start on; marking it again changes nothing.</summary>
    public AppointmentTransition MarkNoShow(Instant now) => Settle(BookingStatus.NoShow, now);

    /// <summary>This state as the store returned it, with its new concurrency token.</summary>
    public Appointment Stored(string version) => Copy(version: version, stored: true);

    private AppointmentTransition Settle(BookingStatus outcome, Instant now) => StatusAt(now) switch
    {
        var status when status == outcome => new AppointmentTransition.Unchanged(this),
        BookingStatus.Confirmed when Placement.Start <= now => new AppointmentTransition.Changed(Copy(status: outcome,
            raise: outcome == BookingStatus.Completed ? BookingEventKind.BookingCompleted : BookingEventKind.BookingNoShow)),
        BookingStatus.Confirmed => new AppointmentTransition.Refused("The booking has not started yet."),
        var status => new AppointmentTransition.Refused($"A booking that is {status} cannot be marked {outcome}."),
    };

    private Appointment Copy(
        BookingStatus? status = null,
        SlotPlacement? placement = null,
        Cancellation? cancellation = null,
        int? rescheduleCount = null,
        bool clearHold = false,
        IEnumerable<PendingMessage>? outbox = null,
        string? version = null,
        BookingEventKind? raise = null,
        bool stored = false,
        IEnumerable<string>? reminders = null) =>
        new(
            Id,
            TenantId,
            status ?? Status,
            ServiceId,
            placement ?? Placement,
            Zone,
            Customer,
            Price,
            Deposit,
            clearHold ? null : HoldExpiresAt,
            Fingerprint,
            CreatedAt,
            cancellation ?? Cancellation,
            rescheduleCount ?? RescheduleCount,
            version ?? Version,
            outbox ?? this.outbox,
            products,
            ProductCharge,
            stored ? [] : raise is { } happened ? [.. raised, happened] : raised,
            reminders ?? this.reminders);
}
