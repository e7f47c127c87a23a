namespace AppointmentBooking.Domain.Notifications;

/// <summary>A template filled in for one recipient: what the channels send.</summary>
/// <param name="Subject">The e-mail subject, on one line.</param>
/// <param name="Text">The plain-text e-mail body.</param>
/// <param name="Html">The HTML e-mail body; every value from the booking is HTML-encoded in it.</param>
/// <param name="Sms">The text message; null when the template has none (it is not meant for phones).</param>
public sealed record RenderedNotification(string Subject, string Text, string Html, string? Sms);
