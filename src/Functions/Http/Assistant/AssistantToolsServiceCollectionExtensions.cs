using AppointmentBooking.Functions.Application.Assistant;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Http.Assistant;

internal static class AssistantToolsServiceCollectionExtensions
{
    /// <summary>The assistant's tools: an inbound adapter beside the HTTP functions, reusing their request checks and response shapes.</summary>
    public static IServiceCollection AddAssistantTools(this IServiceCollection services)
    {
        services.AddSingleton<CatalogTools>();
        services.AddSingleton<BookingTools>();
        services.AddSingleton<ConfirmationTools>();
        services.AddSingleton<IAssistantTools, AssistantToolbox>();
        return services;
    }
}
