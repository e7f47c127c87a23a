using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Functions.Application.Assistant;

internal static class AssistantServiceCollectionExtensions
{
    /// <summary>The assistant's use cases; the model (AddAzureOpenAI), its tools (AddAssistantTools) and the conversation store come from their layers.</summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AssistantOptions>(configuration.GetSection(AssistantOptions.Section));
        services.AddSingleton<PendingActions>();
        services.AddSingleton<AnswerMessage>();
        services.AddSingleton<SummarizeConversations>();
        return services;
    }
}
