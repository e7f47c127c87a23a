using AppointmentBooking.Functions.Application.Assistant;
using Microsoft.Extensions.AI;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>Every tool of a turn, bound to its tenant and customer.</summary>
internal sealed class AssistantToolbox(CatalogTools catalog, BookingTools bookings, ConfirmationTools confirmation) : IAssistantTools
{
    public IList<AITool> BoundTo(TurnContext turn) =>
        [.. catalog.BoundTo(turn), .. bookings.BoundTo(turn), .. confirmation.BoundTo(turn)];
}
