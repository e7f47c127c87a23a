namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>Settings under <c>Assistant:</c>: what one conversation may cost and how long it is kept.</summary>
public sealed class AssistantOptions
{
    public const string Section = "Assistant";

    /// <summary>Tokens the model may read and write over one conversation; then it answers that the limit is reached.</summary>
    public long MaxTokensPerConversation { get; set; } = 40_000;

    /// <summary>Customer messages one conversation answers.</summary>
    public int MaxMessagesPerConversation { get; set; } = 30;

    /// <summary>Days a conversation (and its analytics) is kept after its last message.</summary>
    public int RetentionDays { get; set; } = 30;
}
