using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Calendar;
using AppointmentBooking.Functions.Http.Contracts;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Maps bookings and slots to their public shape.</summary>
public static class BookingResponses
{
    public static BookingResponse Booking(Appointment appointment, Instant now, string? accessToken = null)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var zone = appointment.Zone;
        return new BookingResponse(
            appointment.Id,
            Status(appointment.StatusAt(now)),
            appointment.ServiceId,
            appointment.Placement.StaffId,
            TimeFormats.Format(appointment.Placement.Start, zone),
            TimeFormats.Format(appointment.Placement.End, zone),
            zone.Id,
            appointment.Customer.Name,
            Money(appointment.Price),
            Money(appointment.Deposit),
            appointment.HoldExpiresAt is { } expiry ? TimeFormats.Format(expiry, zone) : null,
            appointment.Cancellation?.RefundEligible,
            accessToken,
            Products: appointment.Products.Count == 0 ? null
                : [.. appointment.Products.Select(p => new BookedProductResponse(p.ProductId, p.Name, p.Quantity, Money(p.UnitPrice)))],
            ProductCharge: appointment.Products.Count == 0 ? null : ApiEnums.Name(appointment.ProductCharge));
    }

    /// <summary>A booking as read, with its deposit and its saga's step.</summary>
    public static BookingResponse Booking(BookingView view, Instant now)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Booking(view.Appointment, now) with { Payment = view.Payment is { } payment ? Payment(payment) : null, Progress = view.SagaStep };
    }

    /// <summary>Where the customer pays a deposit, as the checkout endpoint and the assistant answer it.</summary>
    public static CheckoutResponse Checkout(Domain.Payments.Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var shown = Payment(payment);
        return new CheckoutResponse(shown.Gateway, payment.Checkout.RedirectUrl.ToString(), payment.Checkout.FormFields, Money(payment.Amount), shown.State)
        {
            Instalments = shown.Instalments,
        };
    }

    public static PaymentResponse Payment(Domain.Payments.Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new PaymentResponse(ApiEnums.Name(payment.Gateway), ApiEnums.Name(payment.State), Money(payment.Amount),
            payment.Checkout.RedirectUrl.ToString())
        {
            Instalments = payment.Checkout.Instalments?.Instalments
                .Select(i => new InstalmentResponse(InstantPattern.ExtendedIso.Format(i.DueAt), Money(i.Amount))).ToList(),
        };
    }

    public static SlotResponse Slot(AvailableSlot slot, DateTimeZone zone) => new(
        slot.StaffId,
        TimeFormats.Format(slot.Start, zone),
        TimeFormats.Format(slot.End, zone),
        LocalDateTimePattern.ExtendedIso.Format(slot.LocalStart),
        TimeFormats.Format(slot.Offset));

    /// <summary>The calendars a slot search consulted; null (left out) when no staff member of it has one connected.</summary>
    public static IReadOnlyList<CalendarBusyResponse>? Calendars(IReadOnlyList<CalendarBusyState> calendars, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        return calendars.Count == 0
            ? null
            : [.. calendars.Select(c => new CalendarBusyResponse(
                c.StaffId, ApiEnums.Name(c.Status), c.AsOf is { } asOf ? TimeFormats.Format(asOf, zone) : null))];
    }

    public static MoneyResponse Money(Domain.Common.Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new MoneyResponse(money.MinorUnits, money.Currency);
    }

    private static string Status(BookingStatus status) => status switch
    {
        BookingStatus.PendingPayment => "pendingPayment",
        BookingStatus.Confirmed => "confirmed",
        BookingStatus.Expired => "expired",
        _ => "cancelled",
    };
}
