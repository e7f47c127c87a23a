using static AppointmentBooking.Domain.Notifications.DefaultTemplates;
using static AppointmentBooking.Domain.Notifications.NotificationKind;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>The shipped templates for the tenant's own people: the staff member booked, and the owners.</summary>
internal static class TeamTemplates
{
    private const string Booking = "{{serviceName}} for {{customerName}}\n{{when}}";

    public static IEnumerable<NotificationTemplate> All =>
    [
        Staff(Confirmation, "New booking: {{customerName}}, {{date}} at {{time}}", "you have a new booking:"),
        Staff(Cancellation, "Cancelled: {{customerName}}, {{date}} at {{time}}", "this booking was cancelled:"),
        Staff(Reschedule, "Moved: {{customerName}} is now on {{date}} at {{time}}", "this booking has moved to:"),
        Staff(BookingUndone, "Undone: {{customerName}}, {{date}} at {{time}}",
            "this booking could not go ahead (your calendar was busy) and was cancelled; the customer was told:"),
        Owner(CalendarDisconnected, "Calendar disconnected: {{staffName}}",
            ["Hi {{recipientName}},", "the calendar connection of {{staffName}} at {{businessName}} stopped working.",
                "New bookings no longer reach that calendar until it is connected again."]),
        Owner(WebhookDisabled, "Webhook disabled at {{businessName}}",
            ["Hi {{recipientName}},", "one of the webhook endpoints of {{businessName}} failed every delivery for a day and was disabled.",
                "Your other systems hear of no bookings through it until an owner enables it again; its deliveries list the answers it gave."]),
    ];

    private static NotificationTemplate Staff(NotificationKind kind, string subject, string what) =>
        Build(kind, NotificationRecipient.Staff, subject, ["Hi {{recipientName}},", what, Booking, "{{businessName}}"]);

    private static NotificationTemplate Owner(NotificationKind kind, string subject, string[] paragraphs) =>
        Build(kind, NotificationRecipient.Owner, subject, paragraphs);

    private static NotificationTemplate Build(NotificationKind kind, NotificationRecipient audience, string subject, string[] paragraphs) =>
        new(kind, audience, subject, string.Join("\n\n", paragraphs) + "\n", Paragraphs(paragraphs), sms: null);
}
