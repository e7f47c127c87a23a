namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>One delivery of a notifications queue message.</summary>
/// <param name="MessageId">The queue message's id: the same for every retry of that message, different for a copy sent again.</param>
/// <param name="IsLastAttempt">Whether a failure now moves the message to the poison queue instead of retrying it.</param>
public sealed record NotificationDelivery(string MessageId, bool IsLastAttempt);
