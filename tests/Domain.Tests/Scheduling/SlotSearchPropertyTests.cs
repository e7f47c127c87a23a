using AppointmentBooking.Domain.Scheduling;
using CsCheck;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Scheduling;

public class SlotSearchPropertyTests
{
    private const long Iterations = 1000;

    private static IReadOnlyList<AvailableSlot> Fast(SearchCase c) =>
        new SlotSearch(c.Policy).FindSlotsForAnyStaff(c.Service, c.Staff, c.Dates, c.Now);

    private static StaffCandidate StaffOf(SearchCase c, AvailableSlot slot) => c.Staff.First(s => s.StaffId == slot.StaffId);

    [Fact]
    public void FindSlotsForAnyStaff_equals_the_brute_force_reference() =>
        SchedulingGen.Cases.Sample(
            c => Assert.Equal(ReferenceSlotSearch.Find(c.Policy, c.Service, c.Staff, c.Dates, c.Now), Fast(c)),
            iter: Iterations);

    [Fact]
    public void FindSlots_single_staff_equals_the_brute_force_reference() =>
        SchedulingGen.Cases.Sample(
            c => Assert.All(c.Staff, s => Assert.Equal(
                ReferenceSlotSearch.Find(c.Policy, c.Service, [s], c.Dates, c.Now),
                new SlotSearch(c.Policy).FindSlots(c.Service, s, c.Dates, c.Now))),
            iter: Iterations);

    [Fact]
    public void Every_offered_slot_passes_CanBook_with_the_same_slot() =>
        SchedulingGen.Cases.Sample(
            c => Assert.All(Fast(c), slot => Assert.Equal(
                new BookabilityResult(BookingRejection.None, slot),
                new SlotSearch(c.Policy).CanBook(c.Service, StaffOf(c, slot), slot.Start, c.Now))),
            iter: Iterations);

    [Fact]
    public void Every_bookable_aligned_start_is_offered() =>
        SchedulingGen.Cases.Sample(
            c =>
            {
                var search = new SlotSearch(c.Policy);
                foreach (var staff in c.Staff)
                {
                    var offered = search.FindSlots(c.Service, staff, c.Dates, c.Now).Select(s => s.Start).ToHashSet();
                    foreach (var start in c.Dates.SelectMany(d => ReferenceSlotSearch.AlignedStarts(c.Policy, staff.Schedule, d)))
                    {
                        Assert.Equal(offered.Contains(start), search.CanBook(c.Service, staff, start, c.Now).IsBookable);
                    }
                }
            },
            iter: Iterations);

    [Fact]
    public void No_offered_slot_overlaps_occupancy_breaks_or_time_off() =>
        SchedulingGen.Cases.Sample(
            c => Assert.All(Fast(c), slot =>
            {
                var staff = StaffOf(c, slot);
                var block = (Start: slot.Start - c.Service.BufferBefore, End: slot.End + c.Service.BufferAfter);
                Assert.DoesNotContain(staff.Occupancy.Intervals, b => b.BlocksAt(c.Now) && Overlaps(block, (b.Start, b.End)));
                Assert.DoesNotContain(staff.Schedule.TimeOff, t => Overlaps(block, Resolve(c.Policy.Zone, t.Start, t.End)));
                var date = slot.LocalStart.Date;
                Assert.DoesNotContain(staff.Schedule.HoursOn(date).Breaks, b => Overlaps(
                    block, Resolve(c.Policy.Zone, date + b.Start, b.End == LocalTime.Midnight ? date.PlusDays(1).AtMidnight() : date + b.End)));
            }),
            iter: Iterations);

    private static (Instant Start, Instant End) Resolve(DateTimeZone zone, LocalDateTime start, LocalDateTime end) =>
        (ZoneRule.ToInstant(zone, start), ZoneRule.ToInstant(zone, end));

    /// <summary>Half-open; an empty interval (a time off inside a DST gap) overlaps nothing.</summary>
    private static bool Overlaps((Instant Start, Instant End) a, (Instant Start, Instant End) b) =>
        b.Start < b.End && a.Start < b.End && b.Start < a.End;
}
