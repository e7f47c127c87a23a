using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Payments;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using P = AppointmentBooking.Domain.Notifications.TemplatePlaceholders;

namespace AppointmentBooking.Functions.Application.Notifications;

/// <summary>The values of a template's placeholders for one booking and recipient; times in the tenant's zone, with the zone named.</summary>
public sealed class TemplateValues(IRecipientDirectory recipients, AccessTokens tokens, IOptions<PaymentOptions> site)
{
    public async Task<IReadOnlyDictionary<string, string>> ForAsync(
        NotificationRequested request, Appointment appointment, TenantConfiguration tenant, NotificationAddress to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(to);
        var start = appointment.Placement.Start;
        var zone = appointment.Zone;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [P.RecipientName] = to.Name,
            [P.CustomerName] = appointment.Customer.Name,
            [P.ServiceName] = tenant.Services.TryGetValue(appointment.ServiceId, out var service) ? service.Name : "your appointment",
            [P.StaffName] = await recipients.StaffNameAsync(appointment.TenantId, appointment.Placement.StaffId, cancellationToken) ?? "our team",
            [P.BusinessName] = tenant.Tenant.Name,
            [P.When] = LocalTimeText.When(start, zone),
            [P.Date] = LocalTimeText.Date(start, zone),
            [P.Time] = LocalTimeText.Time(start, zone),
            [P.TimeZone] = LocalTimeText.Zone(start, zone),
            [P.ManageLink] = request.Recipient == NotificationRecipient.Customer ? ManageLinkFor(tenant, appointment) : string.Empty,
            [P.Alternatives] = AlternativesText(request.AlternativeStarts, appointment),
            [P.Deposit] = MoneyText.Format(appointment.Deposit),
        };
    }

    /// <summary>The booking page with the access token in the fragment, which browsers never send to a server.</summary>
    private string ManageLinkFor(TenantConfiguration tenant, Appointment appointment) =>
        site.Value.ReturnBaseUrl is { } baseUrl
            ? new Uri(baseUrl, $"{tenant.Tenant.Slug}/bookings/{appointment.Id}#token={tokens.Issue(appointment.TenantId, appointment.Id)}").ToString()
            : string.Empty;

    private static string AlternativesText(IReadOnlyList<string> starts, Appointment appointment)
    {
        var times = starts
            .Select(s => OffsetDateTimePattern.ExtendedIso.Parse(s))
            .Where(r => r.Success)
            .Select(r => $"{LocalTimeText.Date(r.Value.ToInstant(), appointment.Zone)} at {LocalTimeText.Time(r.Value.ToInstant(), appointment.Zone)}")
            .ToList();
        return times.Count == 0 ? "none in the next days; please pick another day" : string.Join("; ", times);
    }
}
