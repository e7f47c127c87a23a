using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Tests.Builders;
using NodaTime;
using static AppointmentBooking.Domain.Tests.Builders.AppointmentBuilder;

namespace AppointmentBooking.Domain.Tests.Bookings;

public class AppointmentTests
{
    private static readonly Duration Window = Duration.FromHours(24);
    private static readonly Duration Hold = Duration.FromMinutes(15);

    [Fact]
    public void Without_a_deposit_the_booking_is_confirmed_at_once_and_holds_nothing()
    {
        var appointment = new AppointmentBuilder().Build();

        Assert.Equal(BookingStatus.Confirmed, appointment.StatusAt(BookedAt));
        Assert.Null(appointment.HoldExpiresAt);
    }

    [Fact]
    public void A_deposit_holds_the_booking_until_the_hold_expires_then_it_reads_expired()
    {
        var appointment = new AppointmentBuilder().WithDeposit(5_000).Build();

        Assert.Equal(BookingStatus.PendingPayment, appointment.StatusAt(HoldExpiry - Duration.FromSeconds(1)));
        Assert.Equal(BookingStatus.Expired, appointment.StatusAt(HoldExpiry));
        Assert.Equal(BookingStatus.PendingPayment, appointment.Status);
    }

    [Fact]
    public void Moving_a_pending_booking_keeps_its_hold_and_a_confirmed_one_gets_a_fresh_claim_expiry()
    {
        var later = BookedAt + Duration.FromMinutes(5);

        Assert.Equal(HoldExpiry, new AppointmentBuilder().WithDeposit(5_000).Build().ClaimExpiryAt(later, Hold));
        Assert.Equal(later + Hold, new AppointmentBuilder().Build().ClaimExpiryAt(later, Hold));
    }

    [Fact]
    public void A_pending_booking_whose_hold_expired_cannot_be_moved()
    {
        var appointment = new AppointmentBuilder().WithDeposit(5_000).Build();

        var transition = appointment.MoveTo(At("11:00"), HoldExpiry + Duration.FromMinutes(1));

        Assert.Contains("hold expired", Assert.IsType<AppointmentTransition.Refused>(transition).Reason);
        Assert.False(appointment.IsMovableAt(HoldExpiry, out _));
    }

    [Fact]
    public void Moving_counts_the_move_keeps_the_hold_and_moving_to_the_same_place_changes_nothing()
    {
        var appointment = new AppointmentBuilder().WithDeposit(5_000).Build();

        var moved = Assert.IsType<AppointmentTransition.Changed>(appointment.MoveTo(At("11:00"), BookedAt)).Appointment;

        Assert.Equal(At("11:00"), moved.Placement);
        Assert.Equal(1, moved.RescheduleCount);
        Assert.Equal(HoldExpiry, moved.HoldExpiresAt);
        Assert.IsType<AppointmentTransition.Unchanged>(moved.MoveTo(At("11:00"), BookedAt));
    }

    [Fact]
    public void Cancelling_inside_the_window_keeps_the_deposit_and_cancelling_again_changes_nothing()
    {
        var appointment = new AppointmentBuilder().WithDeposit(5_000).Build();
        var late = MondayInJohannesburg.At("09:00");

        var cancelled = Assert.IsType<AppointmentTransition.Changed>(appointment.Cancel(late, Window)).Appointment;

        Assert.Equal(BookingStatus.Cancelled, cancelled.StatusAt(late));
        Assert.False(cancelled.Cancellation!.RefundEligible);
        Assert.IsType<AppointmentTransition.Unchanged>(cancelled.Cancel(late, Window));
        Assert.IsType<AppointmentTransition.Refused>(cancelled.MoveTo(At("11:00"), late));
    }

    [Fact]
    public void A_started_booking_can_be_neither_cancelled_nor_moved()
    {
        var appointment = new AppointmentBuilder().Build();
        var started = MondayInJohannesburg.At("10:00");

        Assert.IsType<AppointmentTransition.Refused>(appointment.Cancel(started, Window));
        Assert.IsType<AppointmentTransition.Refused>(appointment.MoveTo(At("11:00"), started));
    }

    [Fact]
    public void Confirming_clears_the_hold_and_a_booking_marked_expired_cannot_be_confirmed()
    {
        var pending = new AppointmentBuilder().WithDeposit(5_000).Build();

        var confirmed = Assert.IsType<AppointmentTransition.Changed>(pending.Confirm()).Appointment;
        var expired = Assert.IsType<AppointmentTransition.Changed>(pending.Expire(HoldExpiry)).Appointment;

        Assert.Equal(BookingStatus.Confirmed, confirmed.Status);
        Assert.Null(confirmed.HoldExpiresAt);
        Assert.IsType<AppointmentTransition.Unchanged>(confirmed.Confirm());
        Assert.Equal(BookingStatus.Expired, expired.Status);
        Assert.IsType<AppointmentTransition.Refused>(expired.Confirm());
        Assert.IsType<AppointmentTransition.Refused>(confirmed.Expire(HoldExpiry));
        Assert.IsType<AppointmentTransition.Refused>(pending.Expire(HoldExpiry - Duration.FromSeconds(1)));
    }

    [Fact]
    public void Only_a_confirmed_booking_owns_the_claim_that_matches_its_placement()
    {
        var confirmed = new AppointmentBuilder().Build();
        var claim = At("10:00").ToClaim("bkg-1", expiresAt: null, "fp-1");

        Assert.True(confirmed.OwnsConfirmedClaim("stf-a", claim));
        Assert.False(confirmed.OwnsConfirmedClaim("stf-b", claim));
        Assert.False(confirmed.OwnsConfirmedClaim("stf-a", At("11:00").ToClaim("bkg-1", null, "fp-1")));
        Assert.False(new AppointmentBuilder().WithDeposit(5_000).Build().OwnsConfirmedClaim("stf-a", claim));
    }

    [Fact]
    public void Acknowledging_removes_one_outbox_message_once()
    {
        var appointment = new AppointmentBuilder().Build();

        var acknowledged = Assert.IsType<AppointmentTransition.Changed>(appointment.Acknowledge("bkg-1/customer")).Appointment;

        Assert.Empty(acknowledged.Outbox);
        Assert.IsType<AppointmentTransition.Unchanged>(acknowledged.Acknowledge("bkg-1/customer"));
    }

    [Fact]
    public void A_placement_blocks_its_buffers_around_the_appointment()
    {
        var placement = At("10:00");

        Assert.Equal(MondayInJohannesburg.At("09:50"), placement.BlockStart);
        Assert.Equal(MondayInJohannesburg.At("11:15"), placement.BlockEnd);
        Assert.Equal(MondayInJohannesburg.Monday, placement.Date);
    }
}
