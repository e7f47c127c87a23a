using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Maps each booking outcome to its one HTTP answer.</summary>
public static class BookingResults
{
    public static IActionResult ToResult(BookingOutcome outcome, DateTimeZone zone, Instant now, Func<string, string>? issueToken = null) =>
        outcome switch
        {
            BookingOutcome.Done { Created: true } done => new JsonBody(
                BookingResponses.Booking(done.Appointment, now, issueToken?.Invoke(done.Appointment.Id)), StatusCodes.Status201Created),
            BookingOutcome.Done done => new JsonBody(BookingResponses.Booking(done.Appointment, now)),
            BookingOutcome.NotFound missing => ApiProblems.NotFound(missing.Detail),
            BookingOutcome.NotBookable notBookable => ApiProblems.Validation(
                [new FieldError("start", Explain(notBookable.Reason))], StatusCodes.Status422UnprocessableEntity),
            BookingOutcome.SlotTaken taken => ApiProblems.SlotUnavailable([.. taken.Alternatives.Select(s => BookingResponses.Slot(s, zone))]),
            BookingOutcome.KeyReused => ApiProblems.IdempotencyKeyReused(),
            BookingOutcome.InvalidState invalid => ApiProblems.Conflict(invalid.Detail),
            BookingOutcome.Contended => ApiProblems.Busy(),
            BookingOutcome.PaymentsUnavailable unavailable => ApiProblems.PaymentsUnavailable(unavailable.Detail),
            BookingOutcome.ProductUnavailable unavailable => ApiProblems.ProductUnavailable(unavailable.Detail),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
        };

    /// <summary>Why a start cannot be booked, phrased to follow the field name <c>start</c>.</summary>
    public static string Explain(BookingRejection reason) => reason switch
    {
        BookingRejection.ServiceInactive => "the service is not bookable.",
        BookingRejection.StaffNotQualified => "the staff member does not perform this service.",
        BookingRejection.TooSoon => "is sooner than the minimum notice allows.",
        BookingRejection.BeyondBookingWindow => "is further ahead than bookings are accepted.",
        BookingRejection.NotAligned => "is not on the slot grid; pick a start from the slots endpoint.",
        BookingRejection.TimeOff => "falls in the staff member's time off.",
        _ => "is outside working hours.",
    };
}
