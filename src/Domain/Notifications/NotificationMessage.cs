namespace AppointmentBooking.Domain.Notifications;

/// <summary>One notification ready for its channel.</summary>
/// <param name="Reference">The de-duplication key: a channel may derive a message id from it, so a repeated send reads as the same message.</param>
/// <param name="To">Where it goes.</param>
/// <param name="SenderName">The tenant's name, shown as the sender.</param>
/// <param name="Content">The filled-in template.</param>
/// <param name="Invite">The calendar entry to attach to an e-mail, if any.</param>
public sealed record NotificationMessage(string Reference, NotificationAddress To, string SenderName, RenderedNotification Content, CalendarInvite? Invite);
