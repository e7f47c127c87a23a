using NodaTime;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>A reminder to send now on one channel.</summary>
/// <param name="Lead">How long before the start it is meant to arrive.</param>
/// <param name="Channel">How it travels.</param>
/// <param name="Occasion">Tells it apart from the booking's other reminders, in its de-duplication key.</param>
public sealed record DueReminder(Duration Lead, NotificationChannel Channel, string Occasion);
