using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class CreateBookingTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task A_booking_claims_its_slot_writes_its_appointment_and_sends_its_customer_saga_and_event_messages()
    {
        var outcome = await harness.BookAsync(Command(NoDepositService, Monday(9)));

        var booking = Assert.IsType<BookingOutcome.Done>(outcome).Appointment;
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal(booking.Placement.BlockStart, Assert.Single(harness.Ledgers.Claims(Tenant.TenantId)).Start);
        Assert.Equal(booking.Outbox, harness.Publisher.Sent);
        // Created and confirmed (no deposit to wait for) go to the booking-events queue, for the stream and webhooks.
        Assert.Equal(
            [QueueNamesCustomers, Functions.Queues.QueueNames.Sagas, Functions.Queues.QueueNames.BookingEvents, Functions.Queues.QueueNames.BookingEvents],
            harness.Publisher.Sent.Select(m => m.Destination));
    }

    [Fact]
    public async Task A_deposit_holds_the_booking_for_the_tenants_hold_duration()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(DepositService, Monday(9)))).Appointment;

        Assert.Equal(BookingStatus.PendingPayment, booking.Status);
        Assert.Equal(20_000, booking.Deposit.MinorUnits);
        Assert.Equal(harness.Clock.GetCurrentInstant() + Tenant.Policy.HoldDuration, booking.HoldExpiresAt);
        Assert.Equal(booking.HoldExpiresAt, Assert.Single(harness.Ledgers.Claims(Tenant.TenantId)).ExpiresAt);
    }

    [Fact]
    public async Task When_the_queue_is_down_the_booking_is_still_created_and_its_message_waits_in_the_outbox()
    {
        harness.Publisher.Down = true;

        var outcome = await harness.BookAsync(Command(NoDepositService, Monday(9)));

        var booking = Assert.IsType<BookingOutcome.Done>(outcome);
        Assert.True(booking.Created);
        Assert.Equal(4, Assert.Single(harness.Appointments.All).Outbox.Count);
        Assert.Empty(harness.Publisher.Sent);
    }

    [Fact]
    public async Task A_retry_after_a_failed_send_sends_the_message_again()
    {
        harness.Publisher.Down = true;
        await harness.BookAsync(Command(NoDepositService, Monday(9)));
        harness.Publisher.Down = false;

        var retry = await harness.BookAsync(Command(NoDepositService, Monday(9)));

        Assert.True(Assert.IsType<BookingOutcome.Done>(retry).Created);
        Assert.Single(harness.Publisher.Sent, m => m.Destination == QueueNamesCustomers);
    }

    [Fact]
    public async Task A_retried_create_of_a_booking_cancelled_since_leaves_no_claim_behind()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(DepositService, Monday(9)))).Appointment;
        await harness.Get<CancelBooking>().ExecuteAsync(Tenant, booking.Id, harness.TokenFor(booking.Id), CancellationToken.None);

        var retry = await harness.BookAsync(Command(DepositService, Monday(9)));

        Assert.Equal(BookingStatus.Cancelled, Assert.IsType<BookingOutcome.Done>(retry).Appointment.Status);
        Assert.Empty(harness.Ledgers.Claims(Tenant.TenantId));
    }

    [Fact]
    public async Task A_retried_create_of_a_booking_moved_since_answers_it_and_leaves_its_new_claim_alone()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(NoDepositService, Monday(9)))).Appointment;
        await harness.Get<RescheduleBooking>().ExecuteAsync(
            Tenant, booking.Id, harness.TokenFor(booking.Id), new RescheduleCommand(Monday(14), null), CancellationToken.None);

        var retry = await harness.BookAsync(Command(NoDepositService, Monday(9)));

        Assert.Equal(Monday(14), Assert.IsType<BookingOutcome.Done>(retry).Appointment.Placement.Start);
        Assert.Equal(Monday(14), Assert.Single(harness.Ledgers.Claims(Tenant.TenantId)).Start);
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused_and_writes_nothing_more()
    {
        await harness.BookAsync(Command(NoDepositService, Monday(9)));
        var writes = harness.Ledgers.Writes;

        var outcome = await harness.BookAsync(Command(NoDepositService, Monday(11)));

        Assert.IsType<BookingOutcome.KeyReused>(outcome);
        Assert.Equal(writes, harness.Ledgers.Writes);
        Assert.Single(harness.Appointments.All);
    }

    [Fact]
    public async Task A_taken_slot_offers_the_nearest_free_starts_and_writes_nothing()
    {
        await harness.BookAsync(Command(NoDepositService, Monday(9)), key: "first");

        var outcome = await harness.BookAsync(Command(NoDepositService, Monday(9), "bob@example.com"), key: "second");

        var taken = Assert.IsType<BookingOutcome.SlotTaken>(outcome);
        Assert.Equal(3, taken.Alternatives.Count);
        Assert.Single(harness.Appointments.All);
    }

    [Theory]
    [InlineData("svc-unknown")]
    public async Task An_unknown_service_is_not_found_and_nothing_is_written(string serviceId)
    {
        var outcome = await harness.BookAsync(Command(serviceId, Monday(9)));

        Assert.IsType<BookingOutcome.NotFound>(outcome);
        Assert.Equal(0, harness.Ledgers.Writes);
    }

    [Fact]
    public async Task A_failed_appointment_write_leaves_only_a_claim_that_lapses_with_the_hold()
    {
        harness.Appointments.FailNextCreates = 1;

        await Assert.ThrowsAsync<TimeoutException>(() => harness.BookAsync(Command(NoDepositService, Monday(9))));
        harness.Clock.Advance(Tenant.Policy.HoldDuration);
        var other = await harness.BookAsync(Command(NoDepositService, Monday(9), "bob@example.com"), key: "other");

        Assert.IsType<BookingOutcome.Done>(other);
    }

    [Fact]
    public async Task A_deposit_booking_is_refused_while_the_tenant_cannot_take_deposits_and_nothing_is_written()
    {
        harness.Gateway.Configured = false;

        var outcome = await harness.BookAsync(Command(DepositService, Monday(9)));

        Assert.IsType<BookingOutcome.PaymentsUnavailable>(outcome);
        Assert.Equal(0, harness.Ledgers.Writes);
        Assert.Empty(harness.Appointments.All);
    }

    private static string QueueNamesCustomers => Functions.Queues.QueueNames.Customers;

    public void Dispose() => harness.Dispose();
}
