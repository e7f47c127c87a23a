using Microsoft.Extensions.AI;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>The tools the model may call while answering one message, each bound to that turn's tenant and customer.</summary>
public interface IAssistantTools
{
    IList<AITool> BoundTo(TurnContext turn);
}
