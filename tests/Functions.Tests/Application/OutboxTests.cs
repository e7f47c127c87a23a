using System.Text.Json;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Infrastructure.Json;
using AppointmentBooking.Functions.Tests.Application.Fakes;
using NodaTime;
using static AppointmentBooking.Functions.Tests.Application.Fakes.BookingHarness;

namespace AppointmentBooking.Functions.Tests.Application;

public sealed class OutboxTests : IDisposable
{
    private readonly BookingHarness harness = new();

    [Fact]
    public async Task The_relay_resends_a_message_that_could_not_be_sent_once_it_is_overdue()
    {
        harness.Publisher.Down = true;
        await harness.BookAsync(Command(NoDepositService, Monday(9)));
        harness.Publisher.Down = false;

        var early = await harness.Get<OutboxRelay>().RelayAsync(CancellationToken.None);
        harness.Clock.Advance(OutboxRelay.GracePeriod);
        var due = await harness.Get<OutboxRelay>().RelayAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Single(harness.Publisher.Sent, m => m.Destination == Functions.Queues.QueueNames.Customers);
    }

    [Fact]
    public async Task Keeping_the_customer_record_acknowledges_the_message_so_nothing_is_resent()
    {
        var booking = Assert.IsType<BookingOutcome.Done>(await harness.BookAsync(Command(NoDepositService, Monday(9)))).Appointment;
        var sent = Assert.Single(harness.Publisher.Sent, m => m.Destination == Functions.Queues.QueueNames.Customers);
        var seen = JsonSerializer.Deserialize<CustomerSeen>(sent.Body, AppJson.Options)!;
        await harness.Get<OutboxAcknowledger>().AcknowledgeAsync(booking.TenantId, booking.Id, $"{booking.Id}/saga", CancellationToken.None);
        foreach (var bookingEvent in harness.Publisher.Sent.Where(m => m.Destination == Functions.Queues.QueueNames.BookingEvents))
        {
            await harness.Get<OutboxAcknowledger>().AcknowledgeAsync(booking.TenantId, booking.Id, bookingEvent.Id, CancellationToken.None);
        }

        await harness.Get<RecordCustomer>().ExecuteAsync(seen, CancellationToken.None);
        await harness.Get<RecordCustomer>().ExecuteAsync(seen, CancellationToken.None);
        harness.Clock.Advance(Duration.FromHours(1));

        Assert.Equal(booking.Id, Assert.Single(harness.Customers.All).LastBookingId);
        Assert.Empty(Assert.Single(harness.Appointments.All).Outbox);
        Assert.Equal(0, await harness.Get<OutboxRelay>().RelayAsync(CancellationToken.None));
    }

    public void Dispose() => harness.Dispose();
}
