namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>A tenant's own wording of one notification: subject, plain text, HTML, and the text message (customers only).</summary>
public sealed record NotificationTemplateRequest(string? Subject, string? Text, string? Html, string? Sms);
