using AppointmentBooking.Domain.Calendar;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Maps calendar connections and consents to their management shape; never a token.</summary>
public static class CalendarResponses
{
    public static CalendarConnectionResponse Of(string staffId, CalendarConnection? connection) => connection is null
        ? new CalendarConnectionResponse(staffId, "notConnected")
        : new CalendarConnectionResponse(
            staffId,
            connection.NeedsReconnect ? "needsReconnect" : "connected",
            "google",
            connection.CalendarId,
            InstantPattern.ExtendedIso.Format(connection.ConnectedAt),
            connection.ConnectedBy,
            connection.Scopes,
            connection.LostAt is { } lostAt ? InstantPattern.ExtendedIso.Format(lostAt) : null,
            connection.LostReason,
            connection.NeedsReconnect ? connection.OwnerToldAt is not null : null);

    /// <summary>A redirect to the consent page, or its URL as JSON for clients that ask for JSON (a dashboard fetching with its bearer token).</summary>
    public static IActionResult Consent(HttpRequest request, ConsentStart.Started started)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(started);
        return request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
            ? new JsonBody(new CalendarConsentResponse(started.ConsentUrl.AbsoluteUri, InstantPattern.ExtendedIso.Format(started.ExpiresAt)))
            : new Found(started.ConsentUrl);
    }
}
