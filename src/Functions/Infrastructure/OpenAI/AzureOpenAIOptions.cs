namespace AppointmentBooking.Functions.Infrastructure.OpenAI;

/// <summary>
/// Settings under <c>AzureOpenAI:</c>, the model behind the booking assistant. Without an endpoint and a
/// deployment the assistant answers 503 naming them.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    /// <summary>
    /// The Azure OpenAI resource (<c>https://name.openai.azure.com/</c>) or, with <see cref="Api"/> = OpenAI,
    /// the base URL of an OpenAI-compatible server (<c>http://127.0.0.1:11434/v1/</c>).
    /// </summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The deployment name (Azure) or the model name (OpenAI-compatible).</summary>
    public string Deployment { get; set; } = string.Empty;

    /// <summary>The API key; empty in Azure, where the app signs in with its managed identity.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Which API the endpoint speaks.</summary>
    public ModelApi Api { get; set; } = ModelApi.AzureOpenAI;
}
