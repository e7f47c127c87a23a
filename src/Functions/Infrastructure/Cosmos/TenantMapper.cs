using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps tenants to their stored form and back; credentials stay sealed both ways.</summary>
internal static class TenantMapper
{
    public static Tenant ToDomain(TenantDocument tenant) => new(
        tenant.TenantId,
        tenant.Slug,
        tenant.Name,
        Policy(tenant),
        Gateway(tenant.PaymentGateway),
        tenant.AllowedOrigins,
        new GatewayCredentials(tenant.GatewayCredentials.ToDictionary(c => c.Key, c => new SealedSecret(c.Value))));

    public static TenantDocument ToDocument(Tenant tenant, string? version = null) => new()
    {
        Id = tenant.Id,
        TenantId = tenant.Id,
        Slug = tenant.Slug,
        Name = tenant.Name,
        TimeZone = tenant.Policy.Zone.Id,
        Currency = tenant.Policy.Currency,
        Policy = new BookingPolicyDocument
        {
            MinimumNoticeMinutes = (int)tenant.Policy.MinimumNotice.TotalMinutes,
            MaximumDaysAhead = tenant.Policy.MaximumDaysAhead,
            SlotIntervalMinutes = (int)tenant.Policy.SlotInterval.TotalMinutes,
            HoldMinutes = (int)tenant.Policy.HoldDuration.TotalMinutes,
            CancellationWindowHours = (int)tenant.Policy.CancellationWindow.TotalHours,
            DepositPercent = DepositRules.Percent(tenant.Policy.Deposit),
            DepositFixedMinor = DepositRules.FixedMinor(tenant.Policy.Deposit),
        },
        AllowedOrigins = tenant.AllowedOrigins,
        PaymentGateway = tenant.PaymentGateway?.ToString().ToLowerInvariant(),
        GatewayCredentials = tenant.Credentials.Sealed.ToDictionary(c => c.Key, c => c.Value.Ciphertext),
        ETag = version,
    };

    private static PaymentGatewayKind? Gateway(string? name) =>
        name is null ? null
        : Enum.TryParse<PaymentGatewayKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind
        : throw new DomainValidationException("paymentGateway", $"'{name}' is not a payment gateway of this app.");

    private static BookingPolicy Policy(TenantDocument tenant) => new(
        TenantTimeZone.FromId(tenant.TimeZone),
        tenant.Currency,
        Duration.FromMinutes(tenant.Policy.MinimumNoticeMinutes),
        tenant.Policy.MaximumDaysAhead,
        Duration.FromMinutes(tenant.Policy.SlotIntervalMinutes),
        Duration.FromMinutes(tenant.Policy.HoldMinutes),
        Duration.FromHours(tenant.Policy.CancellationWindowHours),
        DepositRules.From(tenant.Policy.DepositPercent, tenant.Policy.DepositFixedMinor, tenant.Currency) ?? DepositRule.None);
}
