namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>Where to send the person to give consent (the same URL the connect endpoint redirects to), and until when it may be completed.</summary>
public sealed record CalendarConsentResponse(string AuthorizationUrl, string ExpiresAt);
