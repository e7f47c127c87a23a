using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost.Emulators;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class HealthTests(AppFixture fixture)
{
    [Fact]
    public async Task Health_with_cosmos_and_storage_up_answers_200_per_dependency()
    {
        var response = await fixture.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("up", body.GetProperty("dependencies").GetProperty("cosmos").GetProperty("status").GetString());
        Assert.Equal("up", body.GetProperty("dependencies").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_with_cosmos_down_answers_503_naming_cosmos()
    {
        var dead = new EmulatorEndpoints(EmulatorPorts.Free());
        var problem = await GetHealthProblemAsync(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = dead.CosmosEndpoint.ToString(),
            ["Cosmos:Key"] = EmulatorEndpoints.CosmosKey,
        });

        Assert.Contains("cosmos", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("down", problem.GetProperty("dependencies").GetProperty("cosmos").GetProperty("status").GetString());
        Assert.Equal("up", problem.GetProperty("dependencies").GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_with_storage_down_answers_503_naming_storage()
    {
        var dead = new EmulatorEndpoints(EmulatorPorts.Free());
        var problem = await GetHealthProblemAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = dead.StorageConnectionString,
        });

        Assert.DoesNotContain("cosmos", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("down", problem.GetProperty("dependencies").GetProperty("storage").GetProperty("status").GetString());
    }

    /// <summary>Runs a second app whose settings point one dependency at a port where nothing listens.</summary>
    private async Task<JsonElement> GetHealthProblemAsync(IReadOnlyDictionary<string, string?> overrides)
    {
        await using var app = await fixture.StartAnotherAppAsync(overrides);
        using var client = new HttpClient { BaseAddress = app.BaseAddress() };

        var response = await client.GetAsync("/api/health");

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "dependency-unavailable");
        await app.StopAsync();
        return problem;
    }
}
