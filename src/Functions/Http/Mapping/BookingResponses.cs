using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Maps bookings and slots to their public shape.</summary>
public static class BookingResponses
{
    public static BookingResponse Booking(AppointmentDocument appointment, Instant now, string? accessToken = null)
    {
        var zone = DateTimeZoneProviders.Tzdb[appointment.TimeZone];
        return new BookingResponse(
            appointment.Id,
            Status(appointment, now),
            appointment.ServiceId,
            appointment.StaffId,
            TimeFormats.Format(appointment.Start, zone),
            TimeFormats.Format(appointment.End, zone),
            appointment.TimeZone,
            appointment.Customer.Name,
            new MoneyResponse(appointment.PriceMinor, appointment.Currency),
            new MoneyResponse(appointment.DepositMinor, appointment.Currency),
            appointment.HoldExpiresAt is { } expiry ? TimeFormats.Format(expiry, zone) : null,
            appointment.RefundEligible,
            accessToken);
    }

    public static SlotResponse Slot(AvailableSlot slot, DateTimeZone zone) => new(
        slot.StaffId,
        TimeFormats.Format(slot.Start, zone),
        TimeFormats.Format(slot.End, zone),
        LocalDateTimePattern.ExtendedIso.Format(slot.LocalStart),
        TimeFormats.Format(slot.Offset));

    /// <summary>A hold that ran out without a deposit reads as expired, whatever the saga has done yet.</summary>
    private static string Status(AppointmentDocument appointment, Instant now) =>
        appointment switch
        {
            { Status: BookingStatus.PendingPayment, HoldExpiresAt: { } expiry } when expiry <= now => "expired",
            { Status: BookingStatus.PendingPayment } => "pendingPayment",
            { Status: BookingStatus.Confirmed } => "confirmed",
            _ => "cancelled",
        };
}
