using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Checks a service as managers write it and lists every bad field at once (400).</summary>
public static class ServiceRequests
{
    private const int MaxNameLength = 200;
    private const int MaxDescriptionLength = 2000;
    private const int MaxStaff = 50;
    private const long MaxPriceMinor = 999_999_999_999;

    private static readonly Dictionary<string, string> Renames = new()
    {
        ["duration"] = "durationMinutes",
        ["price"] = "priceMinor",
        ["bufferBefore"] = "bufferBeforeMinutes",
        ["bufferAfter"] = "bufferAfterMinutes",
    };

    /// <exception cref="Problems.RequestRejectedException">Some field is missing or not valid.</exception>
    public static Service ToService(ManagedServiceRequest request, string serviceId, string currency)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = errors.Text(request.Name, "name", MaxNameLength);
        var description = errors.Text(request.Description, "description", MaxDescriptionLength, required: false);
        var duration = errors.Number(request.DurationMinutes, "durationMinutes", 1, 1440);
        var price = errors.Number(request.PriceMinor, "priceMinor", 0, MaxPriceMinor);
        var before = errors.Number(request.BufferBeforeMinutes, "bufferBeforeMinutes", 0, 1440, fallback: 0);
        var after = errors.Number(request.BufferAfterMinutes, "bufferAfterMinutes", 0, 1440, fallback: 0);
        var deposit = request.Deposit is null ? null : DepositRequests.Parse(request.Deposit, currency, "deposit", errors);
        var staffIds = StaffIds(request.StaffIds ?? [], errors);
        errors.ThrowIfAny();
        var service = errors.Try(() => new Service(serviceId, name!, Duration.FromMinutes(duration!.Value), new Money(price!.Value, currency),
            Duration.FromMinutes(before!.Value), Duration.FromMinutes(after!.Value), deposit, staffIds, request.Active ?? true, description), renames: Renames);
        errors.ThrowIfAny();
        return service!;
    }

    private static List<string> StaffIds(List<string> staffIds, FieldErrors errors)
    {
        if (staffIds.Count > MaxStaff)
        {
            errors.Add("staffIds", $"may list at most {MaxStaff} staff members.");
            return [];
        }

        for (var i = 0; i < staffIds.Count; i++)
        {
            if (!RouteIds.IsValid(staffIds[i]))
            {
                errors.Add($"staffIds[{i}]", "is not a staff id.");
            }
        }

        return staffIds;
    }
}
