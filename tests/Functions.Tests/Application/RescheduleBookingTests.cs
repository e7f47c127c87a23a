using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using NodaTime;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class RescheduleBookingTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task Moving_a_held_booking_keeps_its_hold_on_the_new_claim()
    {
        var booking = await BookAsync(DepositService);
        harness.Clock.Advance(Duration.FromMinutes(5));

        var moved = Assert.IsType<BookingOutcome.Done>(await MoveAsync(booking, Monday(14))).Appointment;

        Assert.Equal(booking.HoldExpiresAt, moved.HoldExpiresAt);
        Assert.Equal(booking.HoldExpiresAt, Assert.Single(harness.Ledgers.Claims(Tenant.TenantId)).ExpiresAt);
    }

    [Fact]
    public async Task A_held_booking_whose_hold_expired_cannot_be_moved_and_claims_nothing()
    {
        var booking = await BookAsync(DepositService);
        harness.Clock.Advance(Tenant.Policy.HoldDuration);
        var writes = harness.Ledgers.Writes;

        var outcome = await MoveAsync(booking, Monday(14));

        Assert.Contains("hold expired", Assert.IsType<BookingOutcome.InvalidState>(outcome).Detail);
        Assert.Equal(writes, harness.Ledgers.Writes);
    }

    [Fact]
    public async Task Moving_to_another_day_claims_it_then_releases_the_old_day()
    {
        var booking = await BookAsync(NoDepositService);

        var moved = Assert.IsType<BookingOutcome.Done>(await MoveAsync(booking, Monday(10).Plus(Duration.FromDays(1)))).Appointment;

        Assert.Empty(harness.Ledgers.Day(Tenant.TenantId, "stf-a", MondayDate).Entries);
        Assert.Single(harness.Ledgers.Day(Tenant.TenantId, "stf-a", MondayDate.PlusDays(1)).Entries);
        Assert.Equal(1, moved.RescheduleCount);
    }

    [Fact]
    public async Task Moving_twice_to_the_same_start_changes_it_once()
    {
        var booking = await BookAsync(NoDepositService);

        await MoveAsync(booking, Monday(14));
        var again = Assert.IsType<BookingOutcome.Done>(await MoveAsync(booking, Monday(14))).Appointment;

        Assert.Equal(1, again.RescheduleCount);
    }

    [Fact]
    public async Task A_wrong_token_reads_like_a_missing_booking()
    {
        var booking = await BookAsync(NoDepositService);

        var outcome = await harness.Get<RescheduleBooking>().ExecuteAsync(
            Tenant, booking.Id, "forged", new RescheduleCommand(Monday(14), null), CancellationToken.None);

        Assert.IsType<BookingOutcome.NotFound>(outcome);
    }

    private async Task<Appointment> BookAsync(string serviceId) =>
        Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(serviceId, Monday(9)))).Appointment;

    private Task<BookingOutcome> MoveAsync(Appointment booking, Instant start) =>
        harness.Get<RescheduleBooking>().ExecuteAsync(Tenant, booking.Id, harness.TokenFor(booking.Id), new RescheduleCommand(start, null), CancellationToken.None);

    public void Dispose() => harness.Dispose();
}
