using System.Net;
using System.Text.Json;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.Integration.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AppointmentBooking.Integration.Tests.Manage;

/// <summary>Tenant settings: policy and deposit reach the public pages at once; gateway credentials are write-only and stored sealed.</summary>
[Collection(SharedApp.Name)]
public sealed class SettingsTests(AppFixture fixture)
{
    [Fact]
    public async Task Credentials_are_never_returned_and_are_stored_sealed_for_this_tenant_only()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);

        var answer = await SetCredentialAsync(salon, "sk_test_51secret");

        Assert.DoesNotContain("sk_test_51secret", answer.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("secretKey", answer.GetProperty("payments").GetProperty("credentialsSet").EnumerateArray().Single().GetString());
        var (read, _) = await salon.Owner.ReadAsync(salon.Path("/settings"));
        Assert.DoesNotContain("sk_test_51secret", read.GetRawText(), StringComparison.Ordinal);
        var stored = await fixture.Store.ReadAsync<TenantDocument>(salon.TenantId, salon.TenantId, CancellationToken.None);
        var sealedValue = stored!.GatewayCredentials["secretKey"];
        Assert.DoesNotContain("sk_test_51secret", JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        var sealer = fixture.Services.GetRequiredService<CredentialSealer>();
        Assert.Equal("sk_test_51secret", sealer.Open(salon.TenantId, "secretKey", new(sealedValue)));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => { sealer.Open("tnt-other", "secretKey", new(sealedValue)); });
    }

    [Fact]
    public async Task An_absent_credential_is_kept_null_removes_it_and_leaving_the_gateway_drops_them()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        await SetCredentialAsync(salon, "sk_1");

        var kept = await PutPaymentsAsync(salon, new { gateway = "yoco", credentials = new Dictionary<string, string?> { ["webhookSecret"] = "whsec_1" } });
        var removed = await PutPaymentsAsync(salon, new { gateway = "yoco", credentials = new Dictionary<string, string?> { ["secretKey"] = null } });
        var appsChoice = await PutPaymentsAsync(salon, new { gateway = (string?)null });

        Assert.Equal(["secretKey", "webhookSecret"], Names(kept));
        Assert.Equal(["webhookSecret"], Names(removed));
        Assert.False(appsChoice.GetProperty("payments").TryGetProperty("gateway", out _));
        Assert.Empty(Names(appsChoice));
    }

    [Fact]
    public async Task A_gateway_that_does_not_take_the_currency_is_400_naming_it_and_nothing_is_written()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (current, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));
        var before = await salon.StoredStateAsync();

        var response = await salon.Owner.PutAsync(salon.Path("/settings"),
            Body(current.GetProperty("name").GetString()!, currency: "USD", payments: new { gateway = "payFast" }), etag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("payments.gateway", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(before, await salon.StoredStateAsync());
    }

    [Theory]
    [InlineData("payFast", "secretKey")]
    [InlineData("yoco", "merchantKey")]
    [InlineData("stripe", "secretKey")]
    public async Task A_credential_the_gateway_does_not_take_is_400_naming_it_and_nothing_is_written(string gateway, string credential)
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (current, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));
        var before = await salon.StoredStateAsync();

        var response = await salon.Owner.PutAsync(salon.Path("/settings"), Body(current.GetProperty("name").GetString()!,
            payments: new { gateway, credentials = new Dictionary<string, string?> { [credential] = "some-value" } }), etag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal($"payments.credentials.{credential}", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.DoesNotContain("some-value", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, await salon.StoredStateAsync());
    }

    [Fact]
    public async Task The_currency_cannot_change_while_services_are_priced_in_it()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        var (_, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));

        var response = await salon.Owner.PutAsync(salon.Path("/settings"), Body("Renamed", currency: "USD"), etag);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "change-refused");
    }

    [Fact]
    public async Task A_default_deposit_reaches_the_public_services_at_once()
    {
        var salon = await ManagedSalon.CreateAsync(fixture);
        Assert.False((await PublicServiceAsync(salon)).TryGetProperty("deposit", out _));
        var (_, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));

        await ManageClient.OkAsync(await salon.Owner.PutAsync(salon.Path("/settings"), Body("Renamed", deposit: new { kind = "percentage", percent = 25 }), etag));

        Assert.Equal(10_000, (await PublicServiceAsync(salon)).GetProperty("deposit").GetProperty("amountMinor").GetInt64());
    }

    public static async Task<JsonElement> SetCredentialAsync(ManagedSalon salon, string secret) =>
        await PutPaymentsAsync(salon, new { gateway = "yoco", credentials = new Dictionary<string, string?> { ["secretKey"] = secret } });

    private static async Task<JsonElement> PutPaymentsAsync(ManagedSalon salon, object payments)
    {
        var (current, etag) = await salon.Owner.ReadAsync(salon.Path("/settings"));
        return await ManageClient.OkAsync(await salon.Owner.PutAsync(salon.Path("/settings"),
            Body(current.GetProperty("name").GetString()!, payments: payments), etag));
    }

    private static object Body(string name, string currency = "ZAR", object? deposit = null, object? payments = null) => new
    {
        name,
        timeZone = "Africa/Johannesburg",
        currency,
        policy = new { minimumNoticeMinutes = 60, maximumDaysAhead = 30, slotIntervalMinutes = 15, holdMinutes = 15, cancellationWindowHours = 24 },
        deposit,
        payments,
    };

    private static List<string> Names(JsonElement settings) =>
        [.. settings.GetProperty("payments").GetProperty("credentialsSet").EnumerateArray().Select(n => n.GetString()!)];

    private async Task<JsonElement> PublicServiceAsync(ManagedSalon salon) =>
        (await ManageClient.OkAsync(await fixture.Client.GetAsync($"/api/tenants/{salon.Slug}/services"))).EnumerateArray().Single();
}
