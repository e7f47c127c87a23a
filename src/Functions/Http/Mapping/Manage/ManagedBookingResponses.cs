using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Bookings in the shape the business sees, with the customer's contact details.</summary>
public static class ManagedBookingResponses
{
    public static ManagedBookingResponse Of(Appointment appointment, Instant now)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var zone = appointment.Zone;
        return new ManagedBookingResponse(
            appointment.Id,
            ApiEnums.Name(appointment.StatusAt(now)),
            appointment.ServiceId,
            appointment.Placement.StaffId,
            TimeFormats.Format(appointment.Placement.Start, zone),
            TimeFormats.Format(appointment.Placement.End, zone),
            zone.Id,
            new CustomerResponse(appointment.Customer.Name, appointment.Customer.Email, appointment.Customer.Phone),
            BookingResponses.Money(appointment.Price),
            BookingResponses.Money(appointment.Deposit),
            appointment.HoldExpiresAt is { } expiry ? TimeFormats.Format(expiry, zone) : null,
            TimeFormats.Format(appointment.CreatedAt, zone),
            appointment.Cancellation is { } cancellation ? TimeFormats.Format(cancellation.At, zone) : null,
            appointment.Cancellation?.RefundEligible);
    }

    public static BookingPageResponse Page(Page<Appointment> page, Instant now)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new BookingPageResponse([.. page.Items.Select(a => Of(a, now))], Continuation.Of(page.Next));
    }
}
