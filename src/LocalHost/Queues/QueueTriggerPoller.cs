using System.Reflection;
using AppointmentBooking.Functions.Queues;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.LocalHost.Queues;

/// <summary>
/// Does locally what the Functions host does for queue triggers: polls each queue, calls the same
/// function method per message (its text, or the whole <see cref="QueueMessage"/> when the parameter asks
/// for it, as the Storage Queues extension binds it), deletes it on success, retries it after a back-off, and after
/// <see cref="MaxDequeueCount"/> failures moves it to <c>&lt;queue&gt;-poison</c> and logs an error.
/// </summary>
internal sealed partial class QueueTriggerPoller(
    QueueServiceClient queues, IServiceProvider services, ILogger<QueueTriggerPoller> logger, Assembly functions) : BackgroundService
{
    /// <summary>The same limit as host.json's <c>queues.maxDequeueCount</c>.</summary>
    public const int MaxDequeueCount = QueueNames.MaxDequeueCount;

    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan UnavailableDelay = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(TriggeredMethods.Discover<QueueTriggerAttribute>(functions).Select(f => PollAsync(f, stoppingToken)));

    /// <summary>Keeps polling through Storage outages, as the host does, instead of stopping the app.</summary>
    private async Task PollAsync(TriggeredMethod<QueueTriggerAttribute> function, CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(function.Trigger.QueueName);
        var poison = queues.GetQueueClient(function.Trigger.QueueName + QueueNames.PoisonSuffix);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await DrainAsync(function, queue, poison, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogUnavailable(logger, exception, function.Trigger.QueueName);
                await Task.Delay(UnavailableDelay, stoppingToken);
            }
        }
    }

    private async Task DrainAsync(TriggeredMethod<QueueTriggerAttribute> function, QueueClient queue, QueueClient poison, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] batch = await queue.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30), stoppingToken);
            foreach (var message in batch)
            {
                await HandleAsync(function, queue, poison, message, stoppingToken);
            }

            if (batch.Length == 0)
            {
                await Task.Delay(IdleDelay, stoppingToken);
            }
        }
    }

    private async Task HandleAsync(TriggeredMethod<QueueTriggerAttribute> function, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        FunctionScope.Enter(function.Name);
        try
        {
            using var scope = services.CreateScope();
            object trigger = function.TriggerType == typeof(QueueMessage) ? message : message.Body.ToString();
            await function.InvokeAsync(scope.ServiceProvider, trigger, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount < MaxDequeueCount)
            {
                LogRetry(logger, exception, function.Name, message.MessageId, message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: RetryAfter, cancellationToken: stoppingToken);
                return;
            }

            await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
            await poison.SendMessageAsync(message.Body, cancellationToken: stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
            LogPoisoned(logger, exception, function.Name, message.MessageId, poison.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {QueueName} is unavailable; polling again shortly")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string queueName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed on message {MessageId} (attempt {DequeueCount}); it will be retried")]
    private static partial void LogRetry(ILogger logger, Exception exception, string function, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} gave up on message {MessageId}; moved to {PoisonQueue}")]
    private static partial void LogPoisoned(ILogger logger, Exception exception, string function, string messageId, string poisonQueue);
}
