using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.AppointmentBuilder;

namespace AppointmentBooking.Domain.Tests.Bookings;

/// <summary>What the business does to a booking: cancel with or without refund, mark completed or a no-show once started.</summary>
public class BusinessActionsTests
{
    private static readonly Instant Start = MondayInJohannesburg.At("10:00");

    [Theory]
    [InlineData(true, 5_000, true)]
    [InlineData(false, 5_000, false)]
    [InlineData(true, 0, false)]
    public void Cancelling_for_the_business_refunds_exactly_when_asked_and_there_is_a_deposit(bool refund, long deposit, bool refunded)
    {
        var booking = Confirmed(new AppointmentBuilder().WithDeposit(deposit).Build());

        var cancelled = Assert.IsType<AppointmentTransition.Changed>(booking.CancelByBusiness(BookedAt, refund)).Appointment;

        Assert.Equal((BookingStatus.Cancelled, refunded), (cancelled.Status, cancelled.Cancellation!.RefundEligible));
        Assert.IsType<AppointmentTransition.Unchanged>(cancelled.CancelByBusiness(BookedAt, !refund));
    }

    [Fact]
    public void A_lapsed_hold_or_a_started_booking_is_not_cancelled_by_the_business()
    {
        var held = new AppointmentBuilder().WithDeposit(5_000).Build();

        Assert.IsType<AppointmentTransition.Refused>(held.CancelByBusiness(HoldExpiry, refund: false));
        Assert.IsType<AppointmentTransition.Refused>(new AppointmentBuilder().Build().CancelByBusiness(Start, refund: false));
    }

    [Fact]
    public void Completed_and_no_show_come_only_after_the_start_and_only_from_confirmed()
    {
        var booking = new AppointmentBuilder().Build();

        Assert.IsType<AppointmentTransition.Refused>(booking.Complete(Start - Duration.FromMinutes(1)));
        var completed = Assert.IsType<AppointmentTransition.Changed>(booking.Complete(Start)).Appointment;
        Assert.Equal(BookingStatus.Completed, completed.Status);
        Assert.IsType<AppointmentTransition.Unchanged>(completed.Complete(Start + Duration.FromHours(1)));
        Assert.IsType<AppointmentTransition.Refused>(completed.MarkNoShow(Start));
        Assert.IsType<AppointmentTransition.Refused>(new AppointmentBuilder().WithDeposit(5_000).Build().MarkNoShow(Start));
        Assert.Equal(BookingStatus.NoShow, Assert.IsType<AppointmentTransition.Changed>(booking.MarkNoShow(Start)).Appointment.Status);
    }

    [Fact]
    public void A_booking_that_took_place_keeps_its_time_and_cannot_move()
    {
        var completed = ((AppointmentTransition.Changed)new AppointmentBuilder().Build().Complete(Start)).Appointment;

        Assert.False(completed.IsMovableAt(BookedAt, out var refusal));
        Assert.Contains("taken place", refusal, StringComparison.Ordinal);
        Assert.True(completed.OwnsConfirmedClaim("stf-a", At("10:00").ToClaim(completed.Id, null, "fp-1")));
    }

    private static Appointment Confirmed(Appointment booking) =>
        booking.Confirm() is AppointmentTransition.Changed changed ? changed.Appointment : booking;
}
