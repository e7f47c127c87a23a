using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps services to their stored form and back.</summary>
internal static class ServiceMapper
{
    public static Service ToDomain(ServiceDocument service) => new(
        service.Id,
        service.Name,
        Duration.FromMinutes(service.DurationMinutes),
        new Money(service.PriceMinor, service.Currency),
        Duration.FromMinutes(service.BufferBeforeMinutes),
        Duration.FromMinutes(service.BufferAfterMinutes),
        DepositRules.From(service.DepositPercent, service.DepositFixedMinor, service.Currency),
        service.StaffIds,
        service.Active,
        service.Description);

    public static ServiceDocument ToDocument(string tenantId, Service service, string? version = null) => new()
    {
        Id = service.Id,
        TenantId = tenantId,
        Name = service.Name,
        Description = service.Description,
        DurationMinutes = (int)service.Duration.TotalMinutes,
        PriceMinor = service.Price.MinorUnits,
        Currency = service.Price.Currency,
        BufferBeforeMinutes = (int)service.BufferBefore.TotalMinutes,
        BufferAfterMinutes = (int)service.BufferAfter.TotalMinutes,
        DepositPercent = DepositRules.Percent(service.Deposit),
        DepositFixedMinor = DepositRules.FixedMinor(service.Deposit),
        StaffIds = [.. service.AllowedStaffIds.Order(StringComparer.Ordinal)],
        Active = service.IsActive,
        ETag = version,
    };
}
