using AppointmentBooking.Functions.Infrastructure.Json;
using Microsoft.Extensions.AI;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>Makes a tool from a delegate: its parameters (with their descriptions) become the JSON schema the model fills in.</summary>
internal static class ToolFunctions
{
    public static AIFunction Create(string name, string description, Delegate method) =>
        AIFunctionFactory.Create(method, new AIFunctionFactoryOptions { Name = name, Description = description, SerializerOptions = AppJson.Options });
}
