using System.Text.Json;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Infrastructure.Json;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>
/// Validates booking requests against the tenant: every bad field is listed at once (400), then an
/// unknown service or staff member is a 404.
/// </summary>
public static class BookingRequests
{
    public const string AnyStaff = "any";
    private const string StartFormat = "must be an ISO 8601 date-time with offset, for example 2026-12-01T09:00:00+02:00.";

    public static (BookingDraft? Draft, ProblemResult? Problem) ToDraft(TenantConfiguration tenant, CreateBookingRequest request)
    {
        var errors = new List<FieldError>();
        Require(request.ServiceId, "serviceId", errors);
        Require(request.StaffId, "staffId", errors);
        var start = TimeFormats.ParseInstant(request.Start);
        if (start is null)
        {
            errors.Add(new FieldError("start", StartFormat));
        }

        var contact = Contact(request.Customer, errors);
        if (errors.Count > 0)
        {
            return (null, ApiProblems.Validation(errors));
        }

        var (service, staff, problem) = Resolve(tenant, request.ServiceId!, request.StaffId!);
        return problem is not null
            ? (null, problem)
            : (new BookingDraft(service!, staff!, start!.Value, contact!, Fingerprint(request)), null);
    }

    public static (RescheduleDraft? Draft, ProblemResult? Problem) ToDraft(TenantConfiguration tenant, RescheduleBookingRequest request)
    {
        var start = TimeFormats.ParseInstant(request.Start);
        if (start is null)
        {
            return (null, ApiProblems.Validation([new FieldError("start", StartFormat)]));
        }

        if (request.StaffId is null)
        {
            return (new RescheduleDraft(start.Value, null, Fingerprint(request)), null);
        }

        var staff = StaffFor(tenant, request.StaffId, service: null);
        return staff is null
            ? (null, ApiProblems.NotFound($"No staff member '{request.StaffId}'."))
            : (new RescheduleDraft(start.Value, staff, Fingerprint(request)), null);
    }

    private static (Domain.Catalog.Service?, IReadOnlyList<StaffSchedule>?, ProblemResult?) Resolve(
        TenantConfiguration tenant, string serviceId, string staffId)
    {
        if (!tenant.Services.TryGetValue(serviceId, out var service) || !service.IsActive)
        {
            return (null, null, ApiProblems.NotFound($"No bookable service '{serviceId}'."));
        }

        var staff = StaffFor(tenant, staffId, service);
        return staff is null ? (null, null, ApiProblems.NotFound($"No staff member '{staffId}'.")) : (service, staff, null);
    }

    /// <summary>"any" means every staff member qualified for the service (or everyone, without a service).</summary>
    public static IReadOnlyList<StaffSchedule>? StaffFor(TenantConfiguration tenant, string staffId, Domain.Catalog.Service? service)
    {
        if (string.Equals(staffId, AnyStaff, StringComparison.OrdinalIgnoreCase))
        {
            return service is null ? [.. tenant.Staff.Values.OrderBy(s => s.StaffId, StringComparer.Ordinal)] : tenant.StaffFor(service);
        }

        return tenant.Staff.TryGetValue(staffId, out var schedule) ? [schedule] : null;
    }

    private static ContactDetails? Contact(CustomerRequest? customer, List<FieldError> errors)
    {
        if (customer is null)
        {
            errors.Add(new FieldError("customer", "is required."));
            return null;
        }

        try
        {
            return new ContactDetails(customer.Name, customer.Email, customer.Phone);
        }
        catch (DomainValidationException exception)
        {
            errors.Add(new FieldError(exception.Field, exception.Reason));
            return null;
        }
    }

    private static void Require(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, "is required."));
        }
    }

    private static string Fingerprint<T>(T request) => BookingIds.Hash(JsonSerializer.Serialize(request, AppJson.Options));
}
