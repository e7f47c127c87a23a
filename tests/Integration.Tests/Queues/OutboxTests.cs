using System.Net;
using AppointmentBooking.Functions.Application.Messaging;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Queues;

/// <summary>Nothing a booking implies is lost when the queue is down: the booking answers 201 and the outbox delivers later.</summary>
[Collection(SharedApp.Name)]
public sealed class OutboxTests(AppFixture fixture)
{
    [Fact]
    public async Task A_booking_made_while_the_queue_is_down_is_created_and_its_customer_is_recorded_by_the_relay()
    {
        var (client, tenant) = await fixture.SeedSalonAsync();
        fixture.QueueOutage.Begin(tenant.TenantId);

        var response = await client.BookAsync(Body(tenant.Services[0].Id, At(9)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(Assert.Single(await client.AppointmentsAsync()).OutboxPending);
        fixture.QueueOutage.End(tenant.TenantId);
        fixture.Clock.Advance(OutboxRelay.GracePeriod);
        try
        {
            await fixture.Services.GetRequiredService<OutboxRelay>().RelayAsync(CancellationToken.None);
        }
        finally
        {
            fixture.Clock.Reset();
        }

        var customers = await Eventually.ExpectAsync(
            () => fixture.Store.QueryAsync<CustomerDocument>(tenant.TenantId, DocumentTypes.Customer, PartitionQuery.All, CancellationToken.None),
            found => found.Count == 1);
        Assert.Single(customers);
        var appointment = await Eventually.ExpectAsync(async () => Assert.Single(await client.AppointmentsAsync()), a => !a.OutboxPending);
        Assert.Empty(appointment.Outbox);
    }

    [Fact]
    public async Task A_retry_of_a_booking_whose_message_failed_sends_it_again()
    {
        var (client, tenant) = await fixture.SeedSalonAsync();
        var body = Body(tenant.Services[0].Id, At(9));
        fixture.QueueOutage.Begin(tenant.TenantId);
        await client.BookOkAsync(body, "retried-after-outage");
        fixture.QueueOutage.End(tenant.TenantId);

        await client.BookOkAsync(body, "retried-after-outage");

        var customers = await Eventually.ExpectAsync(
            () => fixture.Store.QueryAsync<CustomerDocument>(tenant.TenantId, DocumentTypes.Customer, PartitionQuery.All, CancellationToken.None),
            found => found.Count == 1);
        Assert.Single(customers);
    }
}
