using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Domain.Tests.Notifications;

public class NotificationTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["customerName"] = "Ann <script>alert(1)</script> & Co",
        ["businessName"] = "Salon\r\nBcc: victim@example.com",
        ["when"] = "Tuesday 1 December 2026 at 10:00 (Africa/Johannesburg, SAST)",
    };

    [Fact]
    public void Customer_data_is_html_encoded_in_the_html_body_only()
    {
        var template = new NotificationTemplate(NotificationKind.Confirmation, NotificationRecipient.Customer,
            "Booked at {{businessName}}", "Hi {{customerName}}, {{when}}", "<p>Hi {{ customerName }}</p>", "{{customerName}}: {{when}}");

        var rendered = template.Render(Values);

        Assert.Equal("<p>Hi Ann &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p>", rendered.Html);
        Assert.Equal("Hi Ann <script>alert(1)</script> & Co, Tuesday 1 December 2026 at 10:00 (Africa/Johannesburg, SAST)", rendered.Text);
        Assert.Equal("Ann <script>alert(1)</script> & Co: Tuesday 1 December 2026 at 10:00 (Africa/Johannesburg, SAST)", rendered.Sms);
    }

    [Fact]
    public void A_value_never_breaks_the_subject_onto_another_line()
    {
        var template = new NotificationTemplate(NotificationKind.Confirmation, NotificationRecipient.Staff, "Booked at {{businessName}}", "x", "x", null);

        var subject = template.Render(Values).Subject;

        Assert.DoesNotContain('\n', subject);
        Assert.DoesNotContain('\r', subject);
    }

    [Theory]
    [InlineData("subject", "Hi {{nmae}}", "text", "<p>html</p>", "sms")]
    [InlineData("text", "Subject", "{{price}}", "<p>html</p>", "sms")]
    [InlineData("html", "Subject", "text", "<p>{{customer}}</p>", "sms")]
    [InlineData("sms", "Subject", "text", "<p>html</p>", "{{link}}")]
    public void An_unknown_placeholder_is_refused_naming_the_field_and_the_known_ones(string field, string subject, string text, string html, string sms)
    {
        var refused = Assert.Throws<DomainValidationException>(() =>
            new NotificationTemplate(NotificationKind.Reminder, NotificationRecipient.Customer, subject, text, html, sms));

        Assert.Equal(field, refused.Field);
        Assert.Contains("{{customerName}}", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_template_needs_a_text_message_and_a_one_line_subject()
    {
        Assert.Equal("sms", Assert.Throws<DomainValidationException>(() =>
            new NotificationTemplate(NotificationKind.Reminder, NotificationRecipient.Customer, "Subject", "text", "html", " ")).Field);
        Assert.Equal("subject", Assert.Throws<DomainValidationException>(() =>
            new NotificationTemplate(NotificationKind.Reminder, NotificationRecipient.Customer, "Two\nlines", "text", "html", "sms")).Field);
    }

    [Theory]
    [InlineData(NotificationKind.Confirmation, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.Cancellation, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.Reschedule, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.Reminder, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.DepositRequest, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.HoldExpired, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.BookingUndone, NotificationRecipient.Customer)]
    [InlineData(NotificationKind.Confirmation, NotificationRecipient.Staff)]
    [InlineData(NotificationKind.Cancellation, NotificationRecipient.Staff)]
    [InlineData(NotificationKind.Reschedule, NotificationRecipient.Staff)]
    [InlineData(NotificationKind.BookingUndone, NotificationRecipient.Staff)]
    [InlineData(NotificationKind.CalendarDisconnected, NotificationRecipient.Owner)]
    [InlineData(NotificationKind.WebhookDisabled, NotificationRecipient.Owner)]
    public void Every_kind_an_audience_hears_of_has_a_shipped_template_stating_the_time_with_its_zone(NotificationKind kind, NotificationRecipient audience)
    {
        var template = DefaultTemplates.For(kind, audience);

        Assert.NotNull(template);
        if (kind is not (NotificationKind.CalendarDisconnected or NotificationKind.WebhookDisabled))
        {
            Assert.Contains("{{when}}", template.Text, StringComparison.Ordinal);
            Assert.Contains("{{when}}", template.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_tenant_template_replaces_the_shipped_one_until_it_is_reset()
    {
        var own = new NotificationTemplate(NotificationKind.Reminder, NotificationRecipient.Customer, "See you {{date}}", "t", "h", "s");
        var settings = NotificationSettings.Default("tnt-1").With(own);

        Assert.Same(own, settings.TemplateFor(NotificationKind.Reminder, NotificationRecipient.Customer));
        Assert.Equal(DefaultTemplates.For(NotificationKind.Reminder, NotificationRecipient.Customer),
            settings.WithDefault(NotificationKind.Reminder, NotificationRecipient.Customer).TemplateFor(NotificationKind.Reminder, NotificationRecipient.Customer));
        Assert.Equal("audience", Assert.Throws<DomainValidationException>(() => settings.With(
            new NotificationTemplate(NotificationKind.Reminder, NotificationRecipient.Staff, "s", "t", "h", null))).Field);
    }
}
