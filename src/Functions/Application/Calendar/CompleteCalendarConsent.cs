using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Audit;
using AppointmentBooking.Functions.Application.Members;
using AppointmentBooking.Functions.Application.Tenants;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Calendar;

/// <summary>
/// Completes a calendar consent from the provider's answer. The callback is anonymous, so it trusts
/// only what the app sealed: the <c>state</c> must open, be unexpired and name a consent that is still
/// open; that consent is taken (so a replayed answer finds nothing), the member who started it must
/// still be allowed to act for the staff member, and the code is exchanged with the consent's PKCE
/// verifier. Only then is the refresh token sealed and stored. Any refusal stores nothing.
/// </summary>
public sealed partial class CompleteCalendarConsent(
    ICalendarConsents consents, IMemberRosters rosters, ICalendarAuthorization authorization, ICalendarConnections connections, CalendarAccess access,
    CalendarBusyTime busyTime, CredentialSealer sealer, AuditRecorder audit, IClock clock, ILogger<CompleteCalendarConsent> logger)
{
    /// <summary>The calendar bookings go to: the account's own.</summary>
    public const string PrimaryCalendar = "primary";

    public async Task<ConsentCompletion> ExecuteAsync(ConsentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var now = clock.GetCurrentInstant();
        if (ConsentState.Open(sealer, answer.State) is not { } state)
        {
            return new ConsentCompletion.Refused("The state was not issued by this app, or it was altered.");
        }

        if (now >= state.ExpiresAt)
        {
            return new ConsentCompletion.Refused("The consent took longer than it may; connect the calendar again.");
        }

        if (await consents.TryTakeAsync(state.TenantId, state.ConsentId, cancellationToken) is not { } consent
            || consent.StaffId != state.StaffId || consent.MemberId != state.MemberId || !consent.IsOpenAt(now))
        {
            return new ConsentCompletion.Refused("This consent was already completed; connect the calendar again.");
        }

        if (answer.Error is { Length: > 0 } || string.IsNullOrEmpty(answer.Code))
        {
            return new ConsentCompletion.Refused($"Google did not give consent ({Shorten(answer.Error) ?? "no code"}); nothing was connected.");
        }

        if (await CallerAsync(state, cancellationToken) is not { } caller)
        {
            return new ConsentCompletion.Refused("The member who started this may no longer connect this staff member's calendar.");
        }

        return await ConnectAsync(caller, consent, answer.Code, now, cancellationToken);
    }

    private async Task<ConsentCompletion> ConnectAsync(
        Caller caller, CalendarConsent consent, string code, Instant now, CancellationToken cancellationToken)
    {
        CalendarGrant grant;
        try
        {
            grant = await authorization.ExchangeAsync(code, consent.CodeVerifier, cancellationToken);
        }
        catch (CalendarGrantRefusedException refused)
        {
            return new ConsentCompletion.Refused($"Google refused the code ({refused.Reason}); connect the calendar again.");
        }
        catch (HttpRequestException)
        {
            return new ConsentCompletion.Unavailable("Google could not be reached to complete the consent; connect the calendar again.");
        }

        if (authorization.RequiredScopes.Except(grant.Scopes).Any())
        {
            await authorization.RevokeAsync(grant.RefreshToken, cancellationToken);
            return new ConsentCompletion.Refused("Both permissions are needed (see and edit events, see free/busy); connect the calendar again and allow both.");
        }

        var sealedToken = sealer.Seal(consent.TenantId, CalendarAccess.SecretName(consent.StaffId), grant.RefreshToken);
        var connection = await connections.ReplaceAsync(
            CalendarConnection.Connect(consent.TenantId, consent.StaffId, PrimaryCalendar, sealedToken, grant.Scopes, caller.Member.Id, now), cancellationToken);
        access.Remember(connection, grant.Access);
        busyTime.Forget(consent.TenantId);
        await audit.RecordAsync(caller, "calendar.connect", $"staff/{consent.StaffId}/calendar", AuditRecorder.Nothing, Describe(connection), cancellationToken);
        LogConnected(logger, consent.TenantId, consent.StaffId, sealer.CurrentKeyId);
        return new ConsentCompletion.Connected(connection);
    }

    /// <summary>The member who started the consent, if they are still one who may act for the staff member.</summary>
    private async Task<Caller?> CallerAsync(ConsentState state, CancellationToken cancellationToken)
    {
        var member = (await rosters.FindAsync(state.TenantId, cancellationToken))?.Find(state.MemberId);
        if (member is not { Issuer: { } issuer, Subject: { } subject })
        {
            return null;
        }

        var caller = new Caller(state.TenantId, Identity.Of(issuer, subject, member.Email, emailVerified: true, member.Name), member);
        return caller.MayActFor(state.StaffId) ? caller : null;
    }

    internal static Dictionary<string, string?> Describe(CalendarConnection connection) => new()
    {
        ["provider"] = "google",
        ["calendarId"] = connection.CalendarId,
        ["status"] = connection.Status.ToString(),
    };

    private static string? Shorten(string? text) => text is { Length: > 64 } ? text[..64] : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {StaffId} of tenant {TenantId} connected a calendar; its grant is sealed with key {KeyId}")]
    private static partial void LogConnected(ILogger logger, string tenantId, string staffId, string keyId);
}
