using System.Text.Json;
using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Queues;
using AppointmentBooking.Integration.Tests.Fixtures;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AppointmentBooking.Integration.Tests.Notifications;

/// <summary>A salon whose staff member and customers have addresses of their own, and what the app sent them.</summary>
internal sealed class NotificationScenario(AppFixture fixture, TestTenant tenant)
{
    public BookingClient Client { get; } = new(fixture, tenant);

    public TestTenant Tenant => tenant;

    public string StaffEmail { get; } = Address("staff");

    public static async Task<NotificationScenario> StartAsync(AppFixture fixture, bool staffHasEmail = true, string zone = "Africa/Johannesburg")
    {
        var tenant = new TestTenant { TimeZone = zone };
        var scenario = new NotificationScenario(fixture, tenant);
        await fixture.SeedAsync(tenant.WithStaff("stf-a", staffHasEmail ? scenario.StaffEmail : null).WithService("Cut", 60, 40_000));
        return scenario;
    }

    /// <summary>An address no other test uses.</summary>
    public static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    /// <summary>A phone number no other test uses.</summary>
    public static string Phone() => "+2782" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<JsonElement> BookAsync(string start, string email, string? phone = null) =>
        Client.BookOkAsync(new { serviceId = tenant.Services[0].Id, staffId = "stf-a", start, customer = new { name = "Ann <b>Smith</b>", email, phone } });

    public Task<NotificationRecord?> RecordAsync(JsonElement booking, string kind, string occasion, string recipient, string channel) =>
        fixture.Services.GetRequiredService<INotificationLog>().FindAsync(
            tenant.TenantId, $"{BookingClient.Id(booking)}/{kind}/{occasion}/{recipient}/{channel}", CancellationToken.None);

    /// <summary>Waits until the record says it is settled (sent, failed or skipped).</summary>
    public Task<NotificationRecord?> SettledAsync(JsonElement booking, string kind, string occasion, string recipient, string channel) =>
        Eventually.ExpectAsync(() => RecordAsync(booking, kind, occasion, recipient, channel), r => r is { IsSettled: true }, TimeSpan.FromSeconds(60));

    /// <summary>
    /// Waits until nothing is left to do on the notifications and reminders queues, so a late duplicate would
    /// have shown: no message is due, and none was handled (deleted) for two spells of two seconds, since a
    /// message being handled is invisible but counted until deleted. Other tests' messages still waiting for
    /// their retry stay invisible and counted too; unlike a wait for an empty queue, they do not hold this up.
    /// </summary>
    public async Task QueuesDrainedAsync()
    {
        QueueClient[] queues = [fixture.Queues.GetQueueClient(QueueNames.Reminders), fixture.Queues.GetQueueClient(QueueNames.Notifications)];
        var (counted, quietSpells) = (await CountsAsync(queues), 0);
        await Eventually.ExpectAsync(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var (before, now) = (counted, await CountsAsync(queues));
            counted = now;
            quietSpells = before.SequenceEqual(now) && !await AnyDueAsync(queues) ? quietSpells + 1 : 0;
            return quietSpells;
        }, spells => spells == 2, TimeSpan.FromSeconds(60));
    }

    private static async Task<int[]> CountsAsync(QueueClient[] queues) =>
        await Task.WhenAll(queues.Select(async q => (await q.GetPropertiesAsync()).Value.ApproximateMessagesCount));

    private static async Task<bool> AnyDueAsync(QueueClient[] queues) =>
        (await Task.WhenAll(queues.Select(async q => (await q.PeekMessagesAsync(1)).Value.Length))).Any(visible => visible > 0);

    /// <summary>The instant of <paramref name="local"/> on <paramref name="date"/> in the tenant's zone.</summary>
    public Instant At(LocalDate date, LocalTime local) =>
        date.At(local).InZoneStrictly(DateTimeZoneProviders.Tzdb[tenant.TimeZone]).ToInstant();
}
