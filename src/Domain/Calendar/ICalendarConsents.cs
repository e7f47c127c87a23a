namespace AppointmentBooking.Domain.Calendar;

/// <summary>Keeps started consents until they are completed or expire.</summary>
public interface ICalendarConsents
{
    /// <summary>Stores a consent that was just started.</summary>
    Task CreateAsync(CalendarConsent consent, CancellationToken cancellationToken);

    /// <summary>Removes and returns the consent; null when there is none (never started, already completed, or expired and gone).</summary>
    Task<CalendarConsent?> TryTakeAsync(string tenantId, string consentId, CancellationToken cancellationToken);
}
