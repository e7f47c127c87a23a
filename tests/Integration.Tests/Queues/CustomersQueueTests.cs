using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Functions.Application.Customers;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Queues;

[Collection(SharedApp.Name)]
public sealed class CustomersQueueTests(AppFixture fixture)
{
    private static readonly Instant Earlier = Instant.FromUtc(2026, 11, 1, 9, 0);

    [Fact]
    public async Task An_older_sighting_delivered_late_does_not_overwrite_a_newer_one()
    {
        var function = ActivatorUtilities.CreateInstance<Customers>(fixture.Services);
        var tenantId = $"tnt-{Guid.NewGuid():N}";

        await function.RecordCustomer(Message(tenantId, "Ann Lee", "bkg-2", Earlier + Duration.FromHours(1)), CancellationToken.None);
        await function.RecordCustomer(Message(tenantId, "Ann", "bkg-1", Earlier), CancellationToken.None);
        await function.RecordCustomer(Message(tenantId, "Ann", "bkg-1", Earlier), CancellationToken.None);

        var customerId = CustomerIds.For(new ContactDetails("Ann", "ann@example.com", null));
        var customer = await fixture.Store.ReadAsync<CustomerDocument>(tenantId, customerId, CancellationToken.None);
        Assert.Equal("bkg-2", customer!.LastBookingId);
        Assert.Equal("Ann Lee", customer.Name);
    }

    [Fact]
    public async Task A_message_that_always_fails_ends_in_the_poison_queue_and_nothing_is_lost()
    {
        var queue = fixture.Queues.GetQueueClient(QueueNames.Customers);
        var poison = fixture.Queues.GetQueueClient(QueueNames.Customers + QueueNames.PoisonSuffix);
        await queue.CreateIfNotExistsAsync();
        var body = $"not json {Guid.NewGuid():N}";

        await queue.SendMessageAsync(body);

        var poisoned = await Eventually.ExpectAsync(
            async () => await PeekAllAsync(poison),
            messages => messages.Contains(body),
            TimeSpan.FromSeconds(30));
        Assert.Contains(body, poisoned);
    }

    private static string Message(string tenantId, string name, string bookingId, Instant seenAt) =>
        System.Text.Json.JsonSerializer.Serialize(
            new CustomerSeen($"{bookingId}/customer", tenantId, bookingId, name, "ann@example.com", null, seenAt),
            Functions.Infrastructure.Json.AppJson.Options);

    private static async Task<List<string>> PeekAllAsync(Azure.Storage.Queues.QueueClient queue)
    {
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        var messages = await queue.PeekMessagesAsync(32);
        return [.. messages.Value.Select(m => m.Body.ToString())];
    }
}
