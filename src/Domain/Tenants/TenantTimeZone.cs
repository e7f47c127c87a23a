using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Tenants;

/// <summary>
/// Turns an IANA zone id from tenant configuration into a NodaTime zone from the built-in tzdb,
/// so an unknown id is a field error at configuration time, not a failure at booking time.
/// </summary>
public static class TenantTimeZone
{
    /// <summary>Returns the zone for <paramref name="zoneId"/> or throws naming <paramref name="field"/>.</summary>
    public static DateTimeZone FromId(string? zoneId, string field = "timeZoneId")
    {
        Preconditions.CheckNotBlank(zoneId, field);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId!)
            ?? throw new DomainValidationException(field, $"'{zoneId}' is not a known IANA time zone id.");
    }
}
