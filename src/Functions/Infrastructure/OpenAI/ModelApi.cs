namespace AppointmentBooking.Functions.Infrastructure.OpenAI;

/// <summary>Which API the model endpoint speaks.</summary>
public enum ModelApi
{
    /// <summary>Azure OpenAI: <c>{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=...</c>, key or Entra ID.</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible server: <c>{endpoint}/chat/completions</c> with the deployment as the model name.</summary>
    OpenAI,
}
