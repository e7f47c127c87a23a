using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Catalog;

namespace AppointmentBooking.Functions.Application.Tenants;

/// <summary>
/// A tenant's settings as text, for the audit trail's before and after. A credential shows only that
/// it is set and a fingerprint of its sealed form — which changes whenever it is set again and says
/// nothing about the value.
/// </summary>
public static class TenantDescription
{
    public static IReadOnlyDictionary<string, string?> Of(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var policy = tenant.Policy;
        var description = new Dictionary<string, string?>
        {
            ["name"] = tenant.Name,
            ["slug"] = tenant.Slug,
            ["timeZone"] = policy.Zone.Id,
            ["currency"] = policy.Currency,
            ["policy.minimumNoticeMinutes"] = Number(policy.MinimumNotice.TotalMinutes),
            ["policy.maximumDaysAhead"] = Number(policy.MaximumDaysAhead),
            ["policy.slotIntervalMinutes"] = Number(policy.SlotInterval.TotalMinutes),
            ["policy.holdMinutes"] = Number(policy.HoldDuration.TotalMinutes),
            ["policy.cancellationWindowHours"] = Number(policy.CancellationWindow.TotalHours),
            ["deposit"] = ServiceDescription.Deposit(policy.Deposit),
            ["allowedOrigins"] = string.Join(", ", tenant.AllowedOrigins),
            ["payments.gateway"] = tenant.PaymentGateway?.ToString() ?? "(the app's choice)",
        };
        foreach (var (name, secret) in tenant.Credentials.Sealed)
        {
            description[$"payments.credentials.{name}"] = "set " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Ciphertext)))[..8];
        }

        return description;
    }

    private static string Number(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
