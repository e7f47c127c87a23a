using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;
using NodaTime;

namespace AppointmentBooking.Domain.Tests.Notifications;

public class NotificationRecordTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 1, 8, 0);

    private static NotificationRecord Claimed() => NotificationRecord.Claim(
        "bkg-1/confirmation/0/customer/email", "tnt-1", "bkg-1", NotificationKind.Confirmation, NotificationRecipient.Customer,
        NotificationChannel.Email, "msg-1", Now);

    [Fact]
    public void Only_the_claiming_message_may_retry_and_each_retry_counts()
    {
        var claimed = Claimed();

        Assert.True(claimed.IsOwnedBy("msg-1"));
        Assert.False(claimed.IsOwnedBy("msg-2"));
        Assert.Equal(2, claimed.Retry(Now).Attempts);
    }

    [Fact]
    public void A_settled_record_never_changes_again()
    {
        var sent = Claimed().Sent("<id@host>", Now);

        Assert.True(sent.IsSettled);
        Assert.False(sent.IsOwnedBy("msg-1"));
        Assert.Throws<InvalidOperationException>(() => sent.Failed("late failure", Now));
        Assert.Throws<InvalidOperationException>(() => sent.Retry(Now));
    }

    [Fact]
    public void A_sent_record_names_the_provider_message() =>
        Assert.Equal("providerId", Assert.Throws<DomainValidationException>(() => Claimed().Sent("", Now)).Field);
}
