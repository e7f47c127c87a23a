namespace AppointmentBooking.Functions.Application.Dashboard;

/// <summary>The booking funnel of a period, by when each step happened (not by appointment date).</summary>
/// <param name="SlotsViewed">Slot searches answered.</param>
/// <param name="HoldsCreated">Bookings made (held for a deposit or confirmed at once).</param>
/// <param name="DepositsPaid">Deposits paid.</param>
/// <param name="Confirmed">Bookings confirmed.</param>
/// <param name="Cancelled">Bookings cancelled.</param>
/// <param name="AssistantConversations">Conversations with the booking assistant started.</param>
/// <param name="AssistantBookings">Those that ended in a booking.</param>
public sealed record Funnel(
    long SlotsViewed, int HoldsCreated, int DepositsPaid, int Confirmed, int Cancelled, int AssistantConversations, int AssistantBookings);
