namespace AppointmentBooking.Domain.Notifications;

/// <summary>Where one recipient is reached on one channel: an e-mail address or an E.164 phone number, and the name to greet.</summary>
/// <param name="Address">The e-mail address or phone number.</param>
/// <param name="Name">The recipient's name.</param>
public sealed record NotificationAddress(string Address, string Name);
