using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Checks sign-up and settings requests field by field and lists every bad one at once (400).</summary>
public static class TenantRequests
{
    private const int MaxNameLength = 200;
    private const int MaxZoneLength = 64;
    private const int MaxOrigins = 20;
    private const int MaxCredentialLength = 4096;

    private static readonly PolicyRequest Defaults = new(MinimumNoticeMinutes: 60, MaximumDaysAhead: 60, SlotIntervalMinutes: 15, HoldMinutes: 15,
        CancellationWindowHours: 24);

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static Tenant ToTenant(SignUpRequest request, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = errors.Text(request.Name, "name", MaxNameLength);
        var slug = errors.Try(() => TenantSlug.Check(request.Slug));
        var policy = Policy(request.TimeZone, request.Currency, request.Policy ?? Defaults, Defaults, request.Deposit, errors);
        errors.ThrowIfAny();
        return new Tenant(tenantId, slug!, name!, policy!);
    }

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static TenantSettingsChange ToChange(TenantSettingsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = errors.Text(request.Name, "name", MaxNameLength);
        if (request.Policy is null)
        {
            errors.Add("policy", "is required.");
        }

        var policy = Policy(request.TimeZone, request.Currency, request.Policy ?? Defaults, fallback: null, request.Deposit, errors);
        var origins = Origins(request.AllowedOrigins ?? [], errors);
        var gateway = request.Payments is null ? null : Gateway(request.Payments, errors);
        errors.ThrowIfAny();
        return new TenantSettingsChange(name!, policy!, origins, gateway);
    }

    private static BookingPolicy? Policy(
        string? timeZone, string? currency, PolicyRequest policy, PolicyRequest? fallback, DepositRequest? deposit, FieldErrors errors)
    {
        var zone = errors.Text(timeZone, "timeZone", MaxZoneLength) is { } id ? errors.Try(() => TenantTimeZone.FromId(id, "timeZone")) : null;
        var code = errors.Try(() => Iso4217.Check(currency, "currency"));
        var notice = errors.Number(policy.MinimumNoticeMinutes, "policy.minimumNoticeMinutes", 0, 525_600, fallback?.MinimumNoticeMinutes);
        var daysAhead = errors.Number(policy.MaximumDaysAhead, "policy.maximumDaysAhead", 0, 3660, fallback?.MaximumDaysAhead);
        var interval = errors.Number(policy.SlotIntervalMinutes, "policy.slotIntervalMinutes", 5, 1440, fallback?.SlotIntervalMinutes);
        var hold = errors.Number(policy.HoldMinutes, "policy.holdMinutes", 1, 1440, fallback?.HoldMinutes);
        var window = errors.Number(policy.CancellationWindowHours, "policy.cancellationWindowHours", 0, 8760, fallback?.CancellationWindowHours);
        var rule = deposit is null ? DepositRule.None : code is null ? null : DepositRequests.Parse(deposit, code, "deposit", errors);
        if (errors.Any)
        {
            return null;
        }

        return errors.Try(() => new BookingPolicy(zone!, code!, Duration.FromMinutes(notice!.Value), (int)daysAhead!.Value,
            Duration.FromMinutes(interval!.Value), Duration.FromMinutes(hold!.Value), Duration.FromHours(window!.Value), rule!));
    }

    private static List<string> Origins(List<string> origins, FieldErrors errors)
    {
        if (origins.Count > MaxOrigins)
        {
            errors.Add("allowedOrigins", $"may list at most {MaxOrigins} origins.");
            return [];
        }

        return [.. origins.Select((origin, i) => errors.Try(() => WebOrigin.Normalize(origin, $"allowedOrigins[{i}]"))).OfType<string>()];
    }

    /// <summary>The gateway (absent or null: the app chooses) and credential changes; credentials need a chosen gateway.</summary>
    private static GatewayChange Gateway(PaymentsRequest payments, FieldErrors errors)
    {
        PaymentGatewayKind? gateway = null;
        if (payments.Gateway is { } name)
        {
            gateway = Enum.TryParse<PaymentGatewayKind>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(name, out _)
                ? parsed
                : null;
            if (gateway is null)
            {
                errors.Add("payments.gateway", $"must be one of {string.Join(", ", Enum.GetValues<PaymentGatewayKind>().Select(ApiEnums.Name))}, or null for the app's choice.");
            }
        }

        var credentials = payments.Credentials ?? [];
        foreach (var (credential, value) in credentials)
        {
            if (!GatewayCredentials.IsCredentialName(credential))
            {
                errors.Add("payments.credentials", $"'{FieldErrors.Shown(credential)}' is not a credential name (1-40 letters and digits).");
            }
            else if (value is not null)
            {
                errors.Text(value, $"payments.credentials.{credential}", MaxCredentialLength);
            }
        }

        if (gateway is null && payments.Gateway is null && credentials.Values.Any(v => v is not null))
        {
            errors.Add("payments.credentials", "need a chosen gateway.");
        }

        return new GatewayChange(gateway, credentials);
    }
}
