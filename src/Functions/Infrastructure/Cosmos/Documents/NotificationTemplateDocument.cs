using AppointmentBooking.Domain.Notifications;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

/// <summary>A tenant's own version of one shipped template.</summary>
public sealed record NotificationTemplateDocument(
    NotificationKind Kind, NotificationRecipient Audience, string Subject, string Text, string Html, string? Sms);
