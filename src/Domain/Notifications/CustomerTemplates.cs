using static AppointmentBooking.Domain.Notifications.DefaultTemplates;
using static AppointmentBooking.Domain.Notifications.NotificationKind;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>The shipped templates for customers.</summary>
internal static class CustomerTemplates
{
    private const string Booking = "{{serviceName}} with {{staffName}}\n{{when}}";
    private const string Sign = "See you soon,\n{{businessName}}";

    public static IEnumerable<NotificationTemplate> All =>
    [
        Template(Confirmation, "Booked: {{serviceName}} on {{date}} at {{time}}",
            ["Hi {{recipientName}},", "your booking at {{businessName}} is confirmed:", Booking, "To move or cancel it: {{manageLink}}", Sign],
            "{{businessName}}: your {{serviceName}} is booked for {{when}}."),
        Template(Cancellation, "Cancelled: {{serviceName}} on {{date}}",
            ["Hi {{recipientName}},", "your booking at {{businessName}} is cancelled:", Booking, "Any refund due to you is on its way.", "{{businessName}}"],
            "{{businessName}}: your {{serviceName}} on {{when}} is cancelled."),
        Template(Reschedule, "Moved: {{serviceName}} is now on {{date}} at {{time}}",
            ["Hi {{recipientName}},", "your booking at {{businessName}} has moved to:", Booking, "To move or cancel it: {{manageLink}}", Sign],
            "{{businessName}}: your {{serviceName}} is now on {{when}}."),
        Template(Reminder, "Reminder: {{serviceName}} on {{date}} at {{time}}",
            ["Hi {{recipientName}},", "a reminder of your booking at {{businessName}}:", Booking, "To move or cancel it: {{manageLink}}", Sign],
            "Reminder from {{businessName}}: {{serviceName}} on {{when}}."),
        Template(DepositRequest, "Deposit due: {{serviceName}} on {{date}}",
            ["Hi {{recipientName}},", "we are holding this time for you at {{businessName}}:", Booking,
                "Pay the deposit of {{deposit}} to keep it: {{manageLink}}", "{{businessName}}"],
            "{{businessName}}: pay the {{deposit}} deposit to keep {{when}}: {{manageLink}}"),
        Template(HoldExpired, "Not kept: {{serviceName}} on {{date}}",
            ["Hi {{recipientName}},", "the deposit for this booking at {{businessName}} did not arrive in time, so the time was released:", Booking,
                "You are welcome to book again.", "{{businessName}}"],
            "{{businessName}}: the time {{when}} was released; the deposit did not arrive in time."),
        Template(BookingUndone, "Sorry: {{serviceName}} on {{date}} cannot go ahead",
            ["Hi {{recipientName}},", "we are sorry: this booking at {{businessName}} cannot go ahead after all:", Booking,
                "Any deposit is refunded. Other free times: {{alternatives}}", "{{businessName}}"],
            "{{businessName}}: sorry, {{when}} cannot go ahead; any deposit is refunded. Other times: {{alternatives}}"),
    ];

    private static NotificationTemplate Template(NotificationKind kind, string subject, string[] paragraphs, string sms) =>
        new(kind, NotificationRecipient.Customer, subject, string.Join("\n\n", paragraphs) + "\n", Paragraphs(paragraphs), sms);
}
