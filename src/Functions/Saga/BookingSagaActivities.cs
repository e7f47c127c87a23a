using AppointmentBooking.Functions.Application.BookingSaga;
using AppointmentBooking.Functions.Application.Payments;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Saga;

/// <summary>The saga's activities: each calls one idempotent application step, so a retry or a replay after a crash does no harm.</summary>
public sealed class BookingSagaActivities(
    ConfirmBookingStep confirm, CheckDepositStep checkDeposit, ExpireBookingStep expire, SyncCalendarStep calendar, UndoBookingStep undo,
    RefundDeposit refund, AnnounceBookingStep announce)
{
    [Function(nameof(SagaConfirm))]
    public Task<ConfirmationResult> SagaConfirm([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        confirm.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaRequestDeposit))]
    public Task SagaRequestDeposit([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        announce.RequestDepositAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaCheckDeposit))]
    public Task<bool> SagaCheckDeposit([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        checkDeposit.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaExpire))]
    public Task SagaExpire([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        expire.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaSyncCalendar))]
    public Task<CalendarStepResult> SagaSyncCalendar([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        calendar.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaUndo))]
    public Task SagaUndo([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        undo.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaRefund))]
    public Task SagaRefund([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        refund.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);

    [Function(nameof(SagaAnnounce))]
    public Task SagaAnnounce([ActivityTrigger] SagaInput input, CancellationToken cancellationToken) =>
        announce.ExecuteAsync(input.TenantId, input.BookingId, cancellationToken);
}
