namespace AppointmentBooking.Domain.Notifications;

/// <summary>What one reminder run does for one booking: the reminders to send, and the marks to store with them.</summary>
/// <param name="Send">The reminders to send now.</param>
/// <param name="Marks">Every lead and channel now dealt with, sent or passed over, so no later run sends it.</param>
public sealed record ReminderPlan(IReadOnlyList<DueReminder> Send, IReadOnlyList<string> Marks)
{
    /// <summary>Nothing to do.</summary>
    public static ReminderPlan None { get; } = new([], []);
}
