using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Services in the shape managers see.</summary>
public static class ManagedServiceResponses
{
    public static ManagedServiceResponse Of(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new ManagedServiceResponse(
            service.Id,
            service.Name,
            service.Description,
            (int)service.Duration.TotalMinutes,
            BookingResponses.Money(service.Price),
            (int)service.BufferBefore.TotalMinutes,
            (int)service.BufferAfter.TotalMinutes,
            service.Deposit is { } deposit ? DepositResponses.Of(deposit) : null,
            [.. service.AllowedStaffIds.Order(StringComparer.Ordinal)],
            service.IsActive);
    }
}
