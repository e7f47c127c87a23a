namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>One tenant's reminder scan, queued on the reminders queue by each timer run; scanning twice sends nothing twice.</summary>
public sealed record ReminderScanRequested(string TenantId, NodaTime.Instant RequestedAt);
