using Microsoft.Extensions.AI;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// The chat model behind the assistant (with tool calling and telemetry), or, when the settings for one are
/// missing, their names: the endpoints then answer 503 saying what to fill in.
/// </summary>
public sealed class AssistantModel
{
    private AssistantModel(IChatClient? client, IReadOnlyList<string> missingSettings)
    {
        Client = client;
        MissingSettings = missingSettings;
    }

    /// <summary>The model; null when <see cref="MissingSettings"/> is not empty.</summary>
    public IChatClient? Client { get; }

    /// <summary>App settings to fill in before the assistant can answer.</summary>
    public IReadOnlyList<string> MissingSettings { get; }

    public static AssistantModel Of(IChatClient client) => new(client ?? throw new ArgumentNullException(nameof(client)), []);

    public static AssistantModel Unconfigured(IReadOnlyList<string> missingSettings) => new(null, missingSettings);
}
