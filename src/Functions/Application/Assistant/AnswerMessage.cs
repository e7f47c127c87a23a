using System.Diagnostics;
using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Tenants;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// Answers one customer message: within the conversation's budget, the model reads the prompt and may call
/// the turn's tools; the messages, the pending confirmation and the turn's analytics are then stored in the
/// conversation under its version, so two messages answered at once cannot both be recorded.
/// </summary>
public sealed partial class AnswerMessage(
    AssistantModel model, IConversationStore conversations, IAssistantTools tools, IOptions<AssistantOptions> options, IClock clock,
    ILogger<AnswerMessage> logger)
{
    public const string LimitReply =
        "I have reached the limit of what I can handle in this conversation. Please start a new conversation, or contact the business directly.";

    public const string InterruptedReply =
        "I could not finish my answer because the assistant service failed, but what this message asked for went through: the details are attached.";

    /// <summary>Caps each model answer, so one message cannot spend the conversation's budget.</summary>
    private const int MaxOutputTokensPerCall = 800;

    /// <param name="onText">Called with each piece of the reply as the model writes it (streaming); null waits for the whole reply.</param>
    public async Task<TurnOutcome> ExecuteAsync(
        TenantConfiguration tenant, TurnRequest request, Func<string, CancellationToken, Task>? onText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(request);
        if (model.Client is not { } client)
        {
            return new TurnOutcome.NotConfigured(model.MissingSettings);
        }

        var arrived = clock.GetCurrentInstant();
        var started = Stopwatch.GetTimestamp();
        var conversation = request.ConversationId is { } id
            ? await conversations.FindAsync(tenant.TenantId, id, cancellationToken)
            : Conversation.Start(ConversationIds.New(), tenant.TenantId, arrived);
        if (conversation is null)
        {
            return new TurnOutcome.NotFound($"No conversation '{request.ConversationId}' was found; start a new one.");
        }

        var turn = new TurnContext(tenant, conversation, request.Message, request.AccessToken);
        var settings = options.Value;
        var limitReached = new ConversationLimits(settings.MaxTokensPerConversation, settings.MaxMessagesPerConversation).AreReachedBy(conversation);
        ChatResponse? response = null;
        if (!limitReached)
        {
            try
            {
                response = await AskAsync(client, turn, arrived, onText, cancellationToken);
            }
            catch (AssistantModelException exception) when (!turn.ChangedSomething)
            {
                LogModelFailed(logger, exception, tenant.TenantId, conversation.Id);
                return new TurnOutcome.ModelUnavailable("The assistant's model did not answer; send the message again in a moment.");
            }
            catch (AssistantModelException exception)
            {
                LogModelFailed(logger, exception, tenant.TenantId, conversation.Id);
            }
        }

        var reply = limitReached ? LimitReply : response?.Text is { Length: > 0 } text ? text : InterruptedReply;
        var analytics = new ConversationTurn(arrived, turn.Intents.Count > 0 ? turn.Intents : ["chat"], turn.Tools,
            response?.Usage?.InputTokenCount ?? 0, response?.Usage?.OutputTokenCount ?? 0, Duration.FromTimeSpan(Stopwatch.GetElapsedTime(started)),
            limitReached);
        var completed = new CompletedTurn(request.Message, reply, analytics, turn.Pending, turn.BookingsMade, turn.HandedOver);
        if (await conversations.TrySaveAsync(conversation.Record(completed), Duration.FromDays(settings.RetentionDays), cancellationToken) is not { } saved)
        {
            return new TurnOutcome.Busy();
        }

        LogTurn(logger, tenant.TenantId, saved.Id, conversation.NextTurn, turn.ToolNames,
            analytics.InputTokens, analytics.OutputTokens, (long)analytics.Latency.TotalMilliseconds, limitReached);
        return new TurnOutcome.Answered(saved, reply, turn.Issued, turn.Booking, turn.BookingCreated, turn.Checkout, limitReached);
    }

    private async Task<ChatResponse> AskAsync(
        IChatClient client, TurnContext turn, Instant now, Func<string, CancellationToken, Task>? onText, CancellationToken cancellationToken)
    {
        var messages = AssistantPrompt.For(turn.Tenant, turn.Conversation, turn.CustomerText, now);
        var chatOptions = new ChatOptions { Tools = tools.BoundTo(turn), ToolMode = ChatToolMode.Auto, MaxOutputTokens = MaxOutputTokensPerCall };
        if (onText is null)
        {
            return await client.GetResponseAsync(messages, chatOptions, cancellationToken);
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages, chatOptions, cancellationToken))
        {
            updates.Add(update);
            if (update.Text is { Length: > 0 } piece)
            {
                await onText(piece, cancellationToken);
            }
        }

        return updates.ToChatResponse();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Assistant turn {Turn} of conversation {ConversationId}, tenant {TenantId}: tools [{Tools}], {InputTokens} in / {OutputTokens} out tokens, {LatencyMs} ms, limit reached {LimitReached}")]
    private static partial void LogTurn(
        ILogger logger, string tenantId, string conversationId, int turn, string tools, long inputTokens, long outputTokens, long latencyMs, bool limitReached);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The assistant's model failed for conversation {ConversationId} of tenant {TenantId}")]
    private static partial void LogModelFailed(ILogger logger, Exception exception, string tenantId, string conversationId);
}
