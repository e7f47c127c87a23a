using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class AlternativeSlotsTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task Alternatives_to_a_start_taken_in_a_day_with_room_come_from_the_refused_read_alone()
    {
        await harness.BookAsync(Command(NoDepositService, Monday(9)), "key-1");
        var ranges = harness.Ledgers.RangeReads;

        var taken = Assert.IsType<BookingOutcome.SlotTaken>(await harness.BookAsync(Command(NoDepositService, Monday(9)), "key-2"));

        Assert.Equal(ranges, harness.Ledgers.RangeReads);
        Assert.Equal(await BothDaysAsync(Monday(9)), taken.Alternatives);
        Assert.Equal(3, taken.Alternatives.Count);
    }

    [Fact]
    public async Task A_full_day_looks_at_the_next_day_in_one_range_read()
    {
        // 60-minute service plus a 15-minute buffer: eight bookings fill 08:00–18:00.
        for (var i = 0; i < 8; i++)
        {
            Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(NoDepositService, Monday(8).Plus(NodaTime.Duration.FromMinutes(75 * i))), $"key-{i}"));
        }

        var ranges = harness.Ledgers.RangeReads;

        var taken = Assert.IsType<BookingOutcome.SlotTaken>(await harness.BookAsync(Command(NoDepositService, Monday(16, 45)), "key-late"));

        Assert.Equal(ranges + 1, harness.Ledgers.RangeReads);
        Assert.Equal(await BothDaysAsync(Monday(16, 45)), taken.Alternatives);
        Assert.All(taken.Alternatives, s => Assert.Equal(MondayDate.PlusDays(1), s.Start.InZone(Zone).Date));
    }

    [Fact]
    public async Task A_month_of_slots_is_one_range_read_and_no_point_read()
    {
        await harness.BookAsync(Command(NoDepositService, Monday(9)));
        var (points, ranges) = (harness.Ledgers.PointReads, harness.Ledgers.RangeReads);

        var found = await harness.Get<SearchSlots>().ExecuteAsync(
            Tenant, NoDepositService, Domain.Scheduling.StaffChoice.Any, new NodaTime.DateInterval(MondayDate, MondayDate.PlusDays(30)), CancellationToken.None);

        Assert.NotEmpty(Assert.IsType<SlotSearchOutcome.Found>(found).Slots);
        Assert.Equal(points, harness.Ledgers.PointReads);
        Assert.Equal(ranges + 1, harness.Ledgers.RangeReads);
    }

    /// <summary>What the alternatives are by definition: the three nearest free slots of the day and the next, read together.</summary>
    private Task<IReadOnlyList<Domain.Scheduling.AvailableSlot>> BothDaysAsync(NodaTime.Instant start)
    {
        var service = Tenant.Services[NoDepositService];
        return harness.Get<AlternativeSlots>().NearAsync(Tenant, service, Tenant.StaffFor(service)!, start, harness.Clock.GetCurrentInstant(), CancellationToken.None);
    }

    public void Dispose() => harness.Dispose();
}
