using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Turns stored tenant, service and staff documents into validated domain objects.</summary>
internal static class CatalogMapper
{
    public static Tenant Tenant(TenantDocument tenant) => new(tenant.TenantId, tenant.Slug, tenant.Name, Policy(tenant), Gateway(tenant.PaymentGateway));

    private static PaymentGatewayKind? Gateway(string? name) =>
        name is null ? null
        : Enum.TryParse<PaymentGatewayKind>(name, ignoreCase: true, out var kind) ? kind
        : throw new DomainValidationException("paymentGateway", $"'{name}' is not a payment gateway of this app.");

    public static Service Service(ServiceDocument service) => new(
        service.Id,
        service.Name,
        Duration.FromMinutes(service.DurationMinutes),
        new Money(service.PriceMinor, service.Currency),
        Duration.FromMinutes(service.BufferBeforeMinutes),
        Duration.FromMinutes(service.BufferAfterMinutes),
        Deposit(service),
        service.StaffIds,
        service.Active,
        service.Description);

    public static StaffSchedule Schedule(StaffDocument staff)
    {
        var weekly = staff.WeeklyHours.Select(w => w.Day)
            .Distinct()
            .ToDictionary(day => day, day => new DayHours(
                staff.WeeklyHours.Where(w => w.Day == day).Select(w => new LocalTimeRange(w.Start, w.End)),
                staff.Breaks.Where(b => b.Day == day).Select(b => new LocalTimeRange(b.Start, b.End))));
        var overrides = staff.Overrides.ToDictionary(
            o => o.Date,
            o => new DayHours(o.Hours.Select(h => new LocalTimeRange(h.Start, h.End))));
        return new StaffSchedule(staff.Id, weekly, staff.TimeOff.Select(t => new TimeOff(t.Start, t.End)), overrides);
    }

    private static BookingPolicy Policy(TenantDocument tenant) => new(
        TenantTimeZone.FromId(tenant.TimeZone),
        tenant.Currency,
        Duration.FromMinutes(tenant.Policy.MinimumNoticeMinutes),
        tenant.Policy.MaximumDaysAhead,
        Duration.FromMinutes(tenant.Policy.SlotIntervalMinutes),
        Duration.FromMinutes(tenant.Policy.HoldMinutes),
        Duration.FromHours(tenant.Policy.CancellationWindowHours),
        DepositRule.None);

    private static DepositRule? Deposit(ServiceDocument service) =>
        service.DepositFixedMinor is { } amount ? DepositRule.FixedAmount(new Money(amount, service.Currency))
        : service.DepositPercent is { } percent ? DepositRule.Percentage(percent)
        : null;
}
