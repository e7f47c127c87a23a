using System.ClientModel;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace AppointmentBooking.Functions.Infrastructure.OpenAI;

/// <summary>
/// Builds the assistant's chat client on the official SDKs: <see cref="AzureOpenAIClient"/> for Azure OpenAI
/// (chat completions as in the Azure OpenAI REST API reference, learn.microsoft.com/azure/ai-services/openai/reference,
/// API version 2024-10-21; key in the <c>api-key</c> header, or, without a configured key (see <see cref="SecretSetting"/>), an Entra ID token of the managed identity), or
/// <see cref="OpenAIClient"/> for any OpenAI-compatible server (the OpenAI API reference's "Create chat completion",
/// <c>POST {base}/chat/completions</c>). Microsoft.Extensions.AI adapts either to <see cref="IChatClient"/>, runs the
/// tool calls (at most <see cref="MaxModelCallsPerMessage"/> model calls per customer message) and reports each
/// model call through OpenTelemetry under <see cref="TelemetrySource"/>, without message content.
/// </summary>
internal static class ChatClientFactory
{
    /// <summary>The activity source and meter of the model calls and tool executions.</summary>
    public const string TelemetrySource = "AppointmentBooking.Assistant";

    /// <summary>Bounds the tool loop: a model that keeps calling tools is stopped and must answer.</summary>
    public const int MaxModelCallsPerMessage = 6;

    /// <summary>Tool failures in a row after which the loop stops.</summary>
    private const int MaxConsecutiveToolErrors = 2;

    /// <summary>OpenAI-compatible servers that take no key (a local model server) still need a non-empty credential.</summary>
    private const string NoKey = "no-key";

    public static AssistantModel Create(AzureOpenAIOptions options, ILoggerFactory loggers)
    {
        var missing = MissingSettings(options);
        if (missing.Count > 0)
        {
            return AssistantModel.Unconfigured(missing);
        }

        var client = new ChatClientBuilder(new ModelErrorTranslation(Connect(options)))
            .UseFunctionInvocation(loggers, invoking =>
            {
                invoking.MaximumIterationsPerRequest = MaxModelCallsPerMessage;
                invoking.MaximumConsecutiveErrorsPerRequest = MaxConsecutiveToolErrors;
                invoking.IncludeDetailedErrors = false;
                invoking.AllowConcurrentInvocation = false;
            })
            .UseOpenTelemetry(loggers, TelemetrySource, telemetry => telemetry.EnableSensitiveData = false)
            .Build();
        return AssistantModel.Of(client);
    }

    private static IChatClient Connect(AzureOpenAIOptions options)
    {
        var endpoint = new Uri(options.Endpoint);
        if (options.Api == ModelApi.OpenAI)
        {
            var credential = new ApiKeyCredential(SecretSetting.IsConfigured(options.Key) ? options.Key : NoKey);
            return new OpenAIClient(credential, new OpenAIClientOptions { Endpoint = endpoint }).GetChatClient(options.Deployment).AsIChatClient();
        }

        var azure = SecretSetting.IsConfigured(options.Key)
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.Key))
            : new AzureOpenAIClient(endpoint, new DefaultAzureCredential());
        return azure.GetChatClient(options.Deployment).AsIChatClient();
    }

    private static List<string> MissingSettings(AzureOpenAIOptions options)
    {
        var missing = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            missing.Add($"{AzureOpenAIOptions.Section}__{nameof(AzureOpenAIOptions.Endpoint)}");
        }

        if (string.IsNullOrWhiteSpace(options.Deployment))
        {
            missing.Add($"{AzureOpenAIOptions.Section}__{nameof(AzureOpenAIOptions.Deployment)}");
        }

        return missing;
    }
}
