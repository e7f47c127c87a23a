using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Problems;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Checks the fields of booking requests and lists every bad one at once (400).</summary>
public static class BookingRequests
{
    private const string StartFormat = "must be an ISO 8601 date-time with offset, for example 2026-12-01T09:00:00+02:00.";

    /// <exception cref="RequestRejectedException">Some field is missing or malformed.</exception>
    public static CreateBookingCommand ToCommand(CreateBookingRequest request)
    {
        var errors = new List<FieldError>();
        Require(request.ServiceId, "serviceId", errors);
        Require(request.StaffId, "staffId", errors);
        var start = Start(request.Start, errors);
        var contact = Contact(request.Customer, errors);
        var products = ProductChoices.Parse(request.Products, errors);
        var charge = ProductChoices.Charge(request.ProductCharge, errors);
        ThrowIfAny(errors);
        return new CreateBookingCommand(request.ServiceId!, StaffChoice.Parse(request.StaffId!), start!.Value, contact!)
        {
            Products = products,
            ProductCharge = charge,
        };
    }

    /// <exception cref="RequestRejectedException">The start is missing or malformed.</exception>
    public static RescheduleCommand ToCommand(RescheduleBookingRequest request)
    {
        var errors = new List<FieldError>();
        var start = Start(request.Start, errors);
        ThrowIfAny(errors);
        return new RescheduleCommand(start!.Value, string.IsNullOrWhiteSpace(request.StaffId) ? null : StaffChoice.Parse(request.StaffId));
    }

    private static NodaTime.Instant? Start(string? text, List<FieldError> errors)
    {
        var start = TimeFormats.ParseInstant(text);
        if (start is null)
        {
            errors.Add(new FieldError("start", StartFormat));
        }

        return start;
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

    private static void ThrowIfAny(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new RequestRejectedException(ApiProblems.Validation(errors));
        }
    }
}
