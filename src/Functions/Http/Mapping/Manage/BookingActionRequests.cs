using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Reads the business's cancel request: whether to refund must be said.</summary>
public static class BookingActionRequests
{
    /// <exception cref="Problems.RequestRejectedException">400 naming <c>refund</c> when it is missing.</exception>
    public static BookingAction ToCancel(CancelByBusinessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (request.Refund is null)
        {
            errors.Add("refund", "is required: true returns the deposit to the customer, false keeps it.");
        }

        errors.ThrowIfAny();
        return new BookingAction.Cancel(request.Refund!.Value);
    }
}
