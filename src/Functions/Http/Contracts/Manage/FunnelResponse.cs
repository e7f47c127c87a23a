namespace AppointmentBooking.Functions.Http.Contracts.Manage;

/// <summary>The booking funnel's steps during the period.</summary>
public sealed record FunnelResponse(
    long SlotsViewed, int HoldsCreated, int DepositsPaid, int Confirmed, int Cancelled, int AssistantConversations, int AssistantBookings);
