using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>
/// Finds bookable starts and checks a requested start, with one set of rules so that every offered
/// slot is bookable and every bookable aligned start is offered.
/// </summary>
/// <remarks>
/// <para>A start is offered when: the service is active and the staff member may perform it; the
/// start is on the slot grid of a working window (weekly or overridden hours minus breaks), stepping
/// <see cref="BookingPolicy.SlotInterval"/> on the instant timeline from the window's start; the
/// service plus both buffers fits inside that window and overlaps neither time off nor occupancy
/// (bookings, unexpired holds, external busy time); the start is no earlier than now plus the
/// minimum notice; and its local date is no later than today plus the maximum days ahead.</para>
/// <para>DST: configured local times resolve by <c>ZoneRule</c> — a repeated local time means its
/// earlier occurrence, a skipped one means the instant the clocks jump to. Starts are instants, so
/// a nonexistent local time is never offered, and a window spanning a fall-back hour really is an
/// hour longer: both occurrences of a repeated local time can be offered, told apart by
/// <see cref="AvailableSlot.Offset"/>. Durations and buffers are real elapsed time.</para>
/// </remarks>
public sealed class SlotSearch
{
    private readonly BookingPolicy policy;

    /// <summary>Creates a search for one tenant's policy.</summary>
    public SlotSearch(BookingPolicy policy) => this.policy = Preconditions.CheckNotNull(policy, nameof(policy));

    /// <summary>The offered slots of one staff member over <paramref name="dates"/> (inclusive), ascending.</summary>
    public IReadOnlyList<AvailableSlot> FindSlots(Service service, StaffCandidate staff, DateInterval dates, Instant now)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return FindSlotsForAnyStaff(service, [staff], dates, now);
    }

    /// <summary>
    /// The offered slots when the customer accepts any staff member: each distinct start once,
    /// assigned to the candidate with the fewest appointments (bookings and live holds) starting that
    /// local day, ties broken by ordinal staff id. Candidates who may not perform the service are skipped.
    /// </summary>
    public IReadOnlyList<AvailableSlot> FindSlotsForAnyStaff(
        Service service, IReadOnlyList<StaffCandidate> candidates, DateInterval dates, Instant now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(dates);
        var context = new SearchContext(policy, service, now);
        var first = LocalDate.Max(dates.Start, context.Today);
        var last = LocalDate.Min(dates.End, context.LastDate);
        var slots = new List<AvailableSlot>();
        if (!service.IsActive || first > last)
        {
            return slots;
        }

        var range = new TickRange(
            LocalDay.Of(context.Zone, first).Range.Start, LocalDay.Of(context.Zone, last).Range.End);
        var staff = candidates
            .Where(c => c is not null && service.CanBePerformedBy(c.StaffId))
            .Select(c => new StaffTimeline(c, context, range))
            .ToArray();
        var merger = new AnyStaffMerger(staff);
        var factory = new SlotFactory(context.Zone, context.Duration);
        var days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
        for (var (date, done) = (first, 1); date <= last; date = date.PlusDays(1), done++)
        {
            merger.AddDay(LocalDay.Of(context.Zone, date), factory, slots);
            ReserveForRemainingDays(slots, done, days);
        }

        return slots;
    }

    /// <summary>
    /// Checks one requested start for the booking path with the same rules as the search, and says
    /// which rule fails first when it is not bookable.
    /// </summary>
    public BookabilityResult CanBook(Service service, StaffCandidate staff, Instant start, Instant now)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(staff);
        return BookabilityCheck.Check(new SearchContext(policy, service, now), service, staff, start);
    }

    /// <summary>
    /// Growing the result list by doubling copies every slot several times and dominates the search;
    /// projecting the final size from the days done so far avoids nearly all of it.
    /// </summary>
    private static void ReserveForRemainingDays(List<AvailableSlot> slots, int daysDone, int days)
    {
        var perDay = (slots.Count / daysDone) + 1;
        slots.EnsureCapacity(slots.Count + (perDay * (days - daysDone)));
    }
}
