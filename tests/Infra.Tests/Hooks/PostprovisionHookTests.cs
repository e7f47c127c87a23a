using System.Net;
using AppointmentBooking.Functions.Infrastructure.Configuration;

namespace AppointmentBooking.Infra.Tests.Hooks;

/// <summary>
/// infra/hooks/postprovision.sh on a fresh deployment and on every `azd up` after it, against a
/// local Azure Resource Manager stand-in.
/// </summary>
public sealed class PostprovisionHookTests : IDisposable
{
    private readonly FakeResourceManager arm = new();
    private readonly HookRun hook = new();

    [Fact]
    public void First_run_generates_the_encryption_key_parks_each_gateway_secret_and_refreshes_the_references()
    {
        var result = hook.Run(arm, "postprovision.sh");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal(
            ["encryption-key", "encryption-retired-keys", "google-client-secret", "smtp-password", "stripe-secret-key", "stripe-webhook-secret", "twilio-auth-token"],
            arm.Secrets.Keys.Order());
        Assert.Equal(32, Convert.FromBase64String(arm.Secrets["encryption-key"].Value).Length);
        Assert.All(
            ["stripe-secret-key", "stripe-webhook-secret", "google-client-secret", "encryption-retired-keys", "smtp-password", "twilio-auth-token"],
            name => Assert.Equal(SecretSetting.Placeholder, arm.Secrets[name].Value));
        Assert.False(SecretSetting.IsConfigured(arm.Secrets["stripe-secret-key"].Value));
        Assert.Equal(1, arm.Refreshes);
        Assert.All(arm.Calls, call => Assert.Equal("Bearer " + HookRun.Token, call.Authorization));
        Assert.Contains($"auth token --scope {arm.Endpoint}/.default --output json", hook.AzdCalls);
    }

    [Fact]
    public void Every_later_run_keeps_the_key_and_the_secrets_the_operator_set()
    {
        Assert.Equal(0, hook.Run(arm, "postprovision.sh").ExitCode);
        var key = arm.Secrets["encryption-key"];
        arm.Secrets["stripe-secret-key"] = new StoredSecret("sk_live_operator", "set by the operator");
        var writesBefore = arm.Writes.Count;

        var again = hook.Run(arm, "postprovision.sh");

        Assert.True(again.ExitCode == 0, again.Errors);
        Assert.Equal(writesBefore, arm.Writes.Count);
        Assert.Equal(key, arm.Secrets["encryption-key"]);
        Assert.Equal("sk_live_operator", arm.Secrets["stripe-secret-key"].Value);
        Assert.Equal(2, arm.Refreshes);
        Assert.Contains("Secret encryption-key: kept.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_read_stops_the_hook_with_the_secret_and_status_named_and_nothing_written()
    {
        arm.RefuseReadsWith = HttpStatusCode.Forbidden;

        var result = hook.Run(arm, "postprovision.sh");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("reading secret encryption-key answered HTTP 403", result.Errors, StringComparison.Ordinal);
        Assert.Empty(arm.Writes);
        Assert.Equal(0, arm.Refreshes);
    }

    [Fact]
    public void Set_secret_stores_a_gateway_secret_from_standard_input_and_makes_it_live()
    {
        Assert.Equal(0, hook.Run(arm, "postprovision.sh").ExitCode);

        var result = hook.Run(arm, "set-secret.sh", "whsec_\"quoted\\value", "stripe-webhook-secret");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal("whsec_\"quoted\\value", arm.Secrets["stripe-webhook-secret"].Value);
        Assert.True(SecretSetting.IsConfigured(arm.Secrets["stripe-webhook-secret"].Value));
        Assert.Equal(2, arm.Refreshes);
        Assert.DoesNotContain("whsec_", result.Output + result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("encryption-key")]
    [InlineData("some-other-secret")]
    public void Set_secret_refuses_anything_but_a_gateway_secret_before_calling_azure(string name)
    {
        var result = hook.Run(arm, "set-secret.sh", "value", name);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is not a gateway secret", result.Errors, StringComparison.Ordinal);
        Assert.Empty(arm.Calls);
    }

    [Fact]
    public void Set_secret_refuses_an_empty_value()
    {
        var result = hook.Run(arm, "set-secret.sh", string.Empty, "stripe-secret-key");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no value given for stripe-secret-key", result.Errors, StringComparison.Ordinal);
        Assert.Empty(arm.Writes);
    }

    public void Dispose()
    {
        hook.Dispose();
        arm.Dispose();
    }
}
