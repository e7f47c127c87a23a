using AppointmentBooking.Functions.Application.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AppointmentBooking.Functions.Infrastructure.OpenAI;

internal static class OpenAIServiceCollectionExtensions
{
    /// <summary>The assistant's model, built once from <c>AzureOpenAI:*</c>; unconfigured when they are missing.</summary>
    public static IServiceCollection AddAzureOpenAI(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AzureOpenAIOptions>(configuration.GetSection(AzureOpenAIOptions.Section));
        services.AddSingleton(sp => ChatClientFactory.Create(
            sp.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
