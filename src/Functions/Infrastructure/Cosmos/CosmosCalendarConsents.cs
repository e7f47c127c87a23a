using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>
/// Consents under way as documents with a TTL a little past their expiry. Taking one is a delete under
/// the ETag it was read with, so of two answers carrying the same state only one gets it.
/// </summary>
internal sealed class CosmosCalendarConsents(CosmosStore store) : ICalendarConsents
{
    private static readonly int KeptSeconds = (int)(CalendarConsent.Lifetime + Duration.FromMinutes(5)).TotalSeconds;

    public async Task CreateAsync(CalendarConsent consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        _ = await store.TryCreateAsync(new CalendarConsentDocument
        {
            Id = consent.Id,
            TenantId = consent.TenantId,
            StaffId = consent.StaffId,
            MemberId = consent.MemberId,
            CodeVerifier = consent.CodeVerifier,
            ExpiresAt = consent.ExpiresAt,
            Ttl = KeptSeconds,
        }, cancellationToken) ?? throw new InvalidOperationException($"Consent {consent.Id} exists already.");
    }

    public async Task<CalendarConsent?> TryTakeAsync(string tenantId, string consentId, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync<CalendarConsentDocument>(tenantId, consentId, DocumentTypes.CalendarConsent, cancellationToken) is not { ETag: { } etag } document
            || !await store.TryDeleteAsync<CalendarConsentDocument>(tenantId, consentId, etag, cancellationToken))
        {
            return null;
        }

        return new CalendarConsent(document.Id, document.TenantId, document.StaffId, document.MemberId, document.CodeVerifier, document.ExpiresAt);
    }
}
