using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class CancelBookingTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task Cancelling_frees_the_slot_and_cancelling_again_answers_the_same()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(NoDepositService, Monday(9)))).Appointment;

        var first = Assert.IsType<BookingOutcome.Done>(await CancelAsync(booking.Id)).Appointment;
        var second = Assert.IsType<BookingOutcome.Done>(await CancelAsync(booking.Id)).Appointment;

        Assert.Equal(BookingStatus.Cancelled, first.Status);
        Assert.Equal(first.Version, second.Version);
        Assert.Empty(harness.Ledgers.Claims(Tenant.TenantId));
    }

    [Fact]
    public async Task A_started_booking_cannot_be_cancelled()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(NoDepositService, Monday(9)))).Appointment;
        harness.Clock.Reset(Monday(9));

        Assert.IsType<BookingOutcome.InvalidState>(await CancelAsync(booking.Id));
        Assert.Single(harness.Ledgers.Claims(Tenant.TenantId));
    }

    private Task<BookingOutcome> CancelAsync(string bookingId) =>
        harness.Get<CancelBooking>().ExecuteAsync(Tenant, bookingId, harness.TokenFor(bookingId), CancellationToken.None);

    public void Dispose() => harness.Dispose();
}
