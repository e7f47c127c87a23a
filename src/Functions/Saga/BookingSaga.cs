using AppointmentBooking.Functions.Application.BookingSaga;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace AppointmentBooking.Functions.Saga;

/// <summary>
/// One booking from hold to announced (ARCHITECTURE.md, decision 5): wait for the deposit or the
/// hold's expiry → confirm and settle the claim → put it in the staff member's calendar → queue the
/// notifications; undo it (refund, cancel, free the slot, offer other times) when a step finds it
/// cannot go ahead. Instance id = booking id. The body is deterministic: time comes from the input
/// and the orchestration clock, every side effect from an idempotent activity.
/// </summary>
public static class BookingSaga
{
    [Function(nameof(BookingSaga))]
    public static Task<SagaStep> Run([OrchestrationTrigger] TaskOrchestrationContext context) =>
        Orchestrate(context, context.GetInput<SagaInput>() ?? throw new InvalidOperationException("The booking saga needs its input."));

    /// <summary>The saga itself; the Functions wrapper above and the in-process host both call it.</summary>
    public static async Task<SagaStep> Orchestrate(TaskOrchestrationContext context, SagaInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
            input.MaxAttempts, TimeSpan.FromSeconds(input.FirstRetrySeconds), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5)));
        if (input.HoldExpiresAt is { } expiry && !await HoldClearedAsync(context, input, expiry, retry))
        {
            await context.CallActivityAsync(nameof(BookingSagaActivities.SagaExpire), input, retry);
            return Finish(context, SagaStep.Expired);
        }

        Report(context, SagaStep.Confirming);
        return await ConfirmAsync(context, input, retry) switch
        {
            ConfirmationResult.Confirmed => await AfterConfirmationAsync(context, input, retry),
            ConfirmationResult.SlotLost => await UndoAsync(context, input, retry),
            _ => await RefundAsync(context, input, retry),
        };
    }

    /// <summary>
    /// Waits until the hold is cleared (the deposit paid, or the business confirmed the booking) or expires;
    /// at expiry, asks whether it was cleared after all.
    /// </summary>
    private static async Task<bool> HoldClearedAsync(TaskOrchestrationContext context, SagaInput input, DateTime expiry, TaskOptions retry)
    {
        Report(context, SagaStep.AwaitingDeposit);
        await RequestDepositAsync(context, input, retry);
        using var timer = new CancellationTokenSource();
        var cleared = context.WaitForExternalEvent<bool>(SagaEvents.HoldCleared);
        var expired = context.CreateTimer(expiry, timer.Token);
        if (await Task.WhenAny(cleared, expired) == cleared)
        {
            // Cancel (not CancelAsync, whose continuation escapes the orchestration) so the timer does not keep the instance open.
            timer.Cancel();
            return true;
        }

        Report(context, SagaStep.CheckingPayment);
        return await context.CallActivityAsync<bool>(nameof(BookingSagaActivities.SagaCheckDeposit), input, retry);
    }

    /// <summary>A deposit request that cannot be queued does not undo the booking: the customer can still pay from the booking page.</summary>
    private static async Task RequestDepositAsync(TaskOrchestrationContext context, SagaInput input, TaskOptions retry)
    {
        try
        {
            await context.CallActivityAsync(nameof(BookingSagaActivities.SagaRequestDeposit), input, retry);
        }
        catch (TaskFailedException)
        {
            // The hold and its expiry go on; the booking page shows the deposit due.
        }
    }

    /// <summary>A confirmation that fails for good leaves a paid deposit nobody can use: undo the booking.</summary>
    private static async Task<ConfirmationResult> ConfirmAsync(TaskOrchestrationContext context, SagaInput input, TaskOptions retry)
    {
        try
        {
            return await context.CallActivityAsync<ConfirmationResult>(nameof(BookingSagaActivities.SagaConfirm), input, retry);
        }
        catch (TaskFailedException)
        {
            return ConfirmationResult.SlotLost;
        }
    }

    /// <summary>A calendar that stays unreachable does not undo a booking; a busy one does.</summary>
    private static async Task<SagaStep> AfterConfirmationAsync(TaskOrchestrationContext context, SagaInput input, TaskOptions retry)
    {
        Report(context, SagaStep.SyncingCalendar);
        CalendarStepResult calendar;
        try
        {
            calendar = await context.CallActivityAsync<CalendarStepResult>(nameof(BookingSagaActivities.SagaSyncCalendar), input, retry);
        }
        catch (TaskFailedException)
        {
            calendar = CalendarStepResult.Skipped;
        }

        if (calendar == CalendarStepResult.Conflict)
        {
            return await UndoAsync(context, input, retry);
        }

        Report(context, SagaStep.Notifying);
        await context.CallActivityAsync(nameof(BookingSagaActivities.SagaAnnounce), input, retry);
        return Finish(context, SagaStep.Completed);
    }

    private static async Task<SagaStep> UndoAsync(TaskOrchestrationContext context, SagaInput input, TaskOptions retry)
    {
        Report(context, SagaStep.Compensating);
        await context.CallActivityAsync(nameof(BookingSagaActivities.SagaUndo), input, retry);
        return Finish(context, SagaStep.Undone);
    }

    /// <summary>The booking was given up while its deposit was being paid: give the money back.</summary>
    private static async Task<SagaStep> RefundAsync(TaskOrchestrationContext context, SagaInput input, TaskOptions retry)
    {
        Report(context, SagaStep.Compensating);
        await context.CallActivityAsync(nameof(BookingSagaActivities.SagaRefund), input, retry);
        return Finish(context, SagaStep.Refunded);
    }

    private static void Report(TaskOrchestrationContext context, SagaStep step) => context.SetCustomStatus(step);

    private static SagaStep Finish(TaskOrchestrationContext context, SagaStep step)
    {
        Report(context, step);
        return step;
    }
}
