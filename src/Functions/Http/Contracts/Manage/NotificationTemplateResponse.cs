namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The template in force for one kind and audience; <c>Custom</c> when it is the tenant's own rather than the shipped one.</summary>
public sealed record NotificationTemplateResponse(string Kind, string Audience, string Subject, string Text, string Html, string? Sms, bool Custom);
