using System.Security.Cryptography;
using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Staff;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Starts connecting a staff member's calendar: records the consent (with the PKCE verifier, which
/// never leaves the app) and answers the provider's consent page, whose <c>state</c> is sealed and
/// bound to the consent, the tenant, the staff member and the caller.
/// </summary>
public sealed class StartCalendarConsent(
    ITenantResources<StaffProfile> staff, ICalendarAuthorization authorization, ICalendarConsents consents, CredentialSealer sealer, IClock clock)
{
    public async Task<ConsentStart> ExecuteAsync(Caller caller, string staffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!authorization.IsConfigured)
        {
            return new ConsentStart.NotConfigured();
        }

        if (await staff.FindAsync(caller.TenantId, staffId, cancellationToken) is null)
        {
            return new ConsentStart.NotFound($"No staff member '{staffId}'.");
        }

        var now = clock.GetCurrentInstant();
        var id = "cns-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var state = new ConsentState(id, caller.TenantId, staffId, caller.Member.Id, now + CalendarConsent.Lifetime);
        var request = authorization.StartConsent(state.Seal(sealer));
        var consent = CalendarConsent.Start(id, caller.TenantId, staffId, caller.Member.Id, request.CodeVerifier, now);
        await consents.CreateAsync(consent, cancellationToken);
        return new ConsentStart.Started(request.Url, consent.ExpiresAt);
    }
}
