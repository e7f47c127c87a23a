using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;

namespace AppointmentBooking.Functions.Http.Contracts;

/// <summary>Maps stored tenant and service documents to their public shape.</summary>
internal static class TenantResponses
{
    public static TenantProfileResponse Profile(TenantDocument tenant, IEnumerable<ServiceDocument> services) =>
        new(tenant.TenantId, tenant.Slug, tenant.Name, tenant.TimeZone, tenant.Currency, [.. services.Select(Service)]);

    public static ServiceResponse Service(ServiceDocument service) =>
        new(service.Id, service.Name, service.Description, service.DurationMinutes,
            new MoneyResponse(service.PriceMinor, service.Currency), Deposit(service));

    private static MoneyResponse? Deposit(ServiceDocument service)
    {
        if (service.DepositFixedMinor is { } fixedAmount)
        {
            return new MoneyResponse(fixedAmount, service.Currency);
        }

        return service.DepositPercent is { } percent
            ? new MoneyResponse(service.PriceMinor * percent / 100, service.Currency)
            : null;
    }
}
