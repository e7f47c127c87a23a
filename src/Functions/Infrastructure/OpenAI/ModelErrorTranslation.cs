using System.ClientModel;
using System.Runtime.CompilerServices;
using AppointmentBooking.Functions.Application.Assistant;
using Microsoft.Extensions.AI;

namespace AppointmentBooking.Functions.Infrastructure.OpenAI;

/// <summary>
/// Turns the SDKs' failures of a model call (an error status after the SDK's own retries, an unreachable or
/// timed-out endpoint) into <see cref="AssistantModelException"/>, so the application needs no SDK types.
/// </summary>
internal sealed class ModelErrorTranslation(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception exception) when (IsModelFailure(exception, cancellationToken))
        {
            throw Translate(exception);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception exception) when (IsModelFailure(exception, cancellationToken))
            {
                throw Translate(exception);
            }

            yield return updates.Current;
        }
    }

    private static bool IsModelFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is ClientResultException or HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static AssistantModelException Translate(Exception exception) =>
        new($"The model endpoint failed: {(exception as ClientResultException)?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? exception.GetType().Name}", exception);
}
