using AppointmentBooking.Domain.Assistant;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Assistant;

public sealed class PendingConfirmationTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 8, 0);

    private static readonly PendingConfirmation Pending = new("482913", new PendingAction.Cancel("bkg-1"), IssuedInTurn: 2, Now + Duration.FromMinutes(15));

    [Fact]
    public void The_customer_typing_the_code_in_a_later_message_confirms() =>
        Assert.Equal(ConfirmationCheck.Accepted, Pending.Check("482913", "yes, confirm 482913", 3, Now));

    [Fact]
    public void The_code_issued_in_this_turn_cannot_confirm_in_it() =>
        Assert.Equal(ConfirmationCheck.SameTurn, Pending.Check("482913", "482913", 2, Now));

    [Fact]
    public void A_code_the_customer_did_not_type_does_not_confirm() =>
        Assert.Equal(ConfirmationCheck.NotFromCustomer, Pending.Check("482913", "yes please, go ahead", 3, Now));

    [Fact]
    public void A_wrong_code_does_not_confirm_and_three_drop_the_action()
    {
        Assert.Equal(ConfirmationCheck.WrongCode, Pending.Check("000000", "confirm 000000", 3, Now));
        var afterOne = Pending.AfterFailedAttempt();
        Assert.NotNull(afterOne);
        Assert.Null(afterOne.AfterFailedAttempt()?.AfterFailedAttempt());
    }

    [Fact]
    public void A_lapsed_code_does_not_confirm() =>
        Assert.Equal(ConfirmationCheck.Expired, Pending.Check("482913", "confirm 482913", 3, Pending.ExpiresAt));
}
