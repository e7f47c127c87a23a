using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>A tenant's settings in their API shape: credentials by name only, never their values.</summary>
public static class TenantSettingsResponses
{
    public static TenantSettingsResponse Of(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var policy = tenant.Policy;
        return new TenantSettingsResponse(
            tenant.Id,
            tenant.Slug,
            tenant.Name,
            policy.Zone.Id,
            policy.Currency,
            new PolicyResponse((int)policy.MinimumNotice.TotalMinutes, policy.MaximumDaysAhead, (int)policy.SlotInterval.TotalMinutes,
                (int)policy.HoldDuration.TotalMinutes, (int)policy.CancellationWindow.TotalHours),
            DepositResponses.Of(policy.Deposit),
            tenant.AllowedOrigins,
            new PaymentsResponse(tenant.PaymentGateway is { } gateway ? ApiEnums.Name(gateway) : null,
                [.. tenant.Credentials.Sealed.Keys]));
    }
}
