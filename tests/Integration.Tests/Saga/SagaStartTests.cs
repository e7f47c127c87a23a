using System.Text.Json;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Saga;
using AppointmentBooking.Integration.Tests.Fixtures;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static AppointmentBooking.Integration.Tests.Fixtures.BookingClient;

namespace AppointmentBooking.Integration.Tests.Saga;

/// <summary>
/// A booking's saga starts once: its queue message, a redelivery and an early payment may each try to
/// start it, and none of the later starts may replace the saga already running (and the events it has had).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SagaStartTests(AppFixture fixture)
{
    [Fact]
    public async Task A_second_start_leaves_the_running_saga_as_it_was_and_the_booking_still_confirms()
    {
        var scenario = await SagaScenario.StartAsync(fixture);
        var booking = await scenario.BookWithDepositAsync();
        await scenario.Client.WaitForProgressAsync(booking, "awaiting-deposit");
        var before = await InstanceAsync(booking);

        await Sagas().StartAsync(new BookingSagaStart($"{Id(booking)}/saga", scenario.Tenant.TenantId, Id(booking), null), CancellationToken.None);

        Assert.Equal(before.CreatedAt, (await InstanceAsync(booking)).CreatedAt);
        await scenario.PayAsync(booking);
        Assert.Equal("confirmed", (await scenario.Client.WaitForProgressAsync(booking, "completed")).GetProperty("status").GetString());
    }

    private DurableBookingSagas Sagas() =>
        new(fixture.Services.GetRequiredService<DurableTaskClient>(), fixture.Services.GetRequiredService<IOptions<SagaOptions>>().Value);

    private async Task<OrchestrationMetadata> InstanceAsync(JsonElement booking) =>
        await fixture.Services.GetRequiredService<DurableTaskClient>().GetInstanceAsync(Id(booking)) ?? throw new InvalidOperationException("The booking has no saga.");
}
