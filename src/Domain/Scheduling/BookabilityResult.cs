namespace AppointmentBooking.Domain.Scheduling;

/// <summary>The answer of <see cref="SlotSearch.CanBook"/>: the slot, or the first rule it breaks.</summary>
/// <param name="Rejection">Why not, or <see cref="BookingRejection.None"/>.</param>
/// <param name="Slot">The slot when bookable, exactly as slot search would offer it.</param>
public sealed record BookabilityResult(BookingRejection Rejection, AvailableSlot? Slot)
{
    /// <summary>Whether the start can be booked.</summary>
    public bool IsBookable => Rejection == BookingRejection.None;

    internal static BookabilityResult Rejected(BookingRejection rejection) => new(rejection, null);
}
