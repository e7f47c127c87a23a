using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tenants;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// The tenant's catalogue and hours as the model reads them, in the reference-data message and from the
/// catalogue tools alike. Amounts stay in minor units, as everywhere in the API.
/// </summary>
public static class BusinessFacts
{
    public sealed record Amount(long MinorUnits, string Currency);

    public sealed record ServiceFact(
        string Id, string Name, string? Description, int DurationMinutes, Amount Price, Amount Deposit, IReadOnlyList<string> StaffIds);

    /// <summary>Working time of one weekday, local wall clock; breaks fall inside the shifts.</summary>
    public sealed record DayFact(IReadOnlyList<string> Shifts, IReadOnlyList<string> Breaks);

    public sealed record StaffHours(string StaffId, IReadOnlyDictionary<string, DayFact> Weekly);

    public sealed record Business(string Name, string TimeZone, string Currency, IReadOnlyList<ServiceFact> Services, IReadOnlyList<StaffHours> Hours);

    public static Business Of(TenantConfiguration tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new Business(tenant.Tenant.Name, tenant.Policy.Zone.Id, tenant.Policy.Currency, Services(tenant), Hours(tenant));
    }

    public static IReadOnlyList<ServiceFact> Services(TenantConfiguration tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return [.. tenant.ActiveServices.Select(s => new ServiceFact(
            s.Id, s.Name, s.Description, (int)s.Duration.TotalMinutes, new Amount(s.Price.MinorUnits, s.Price.Currency),
            Of(tenant.DepositFor(s)), [.. tenant.StaffFor(s).Select(staff => staff.StaffId)]))];
    }

    /// <summary>Working hours per staff member and weekday.</summary>
    public static IReadOnlyList<StaffHours> Hours(TenantConfiguration tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return [.. tenant.Staff.Values.OrderBy(s => s.StaffId, StringComparer.Ordinal).Select(s => new StaffHours(s.StaffId, Weekly(s)))];
    }

    private static Amount Of(Domain.Common.Money money) => new(money.MinorUnits, money.Currency);

    private static Dictionary<string, DayFact> Weekly(StaffSchedule schedule) =>
        schedule.WeeklyHours
            .Where(day => !day.Value.IsClosed)
            .OrderBy(day => day.Key)
            .ToDictionary(day => day.Key.ToString(), day => Day(day.Value));

    private static DayFact Day(DayHours hours) =>
        new([.. hours.Shifts.Select(s => s.ToString())], [.. hours.Breaks.Select(b => b.ToString())]);
}
