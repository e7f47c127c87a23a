using System.Text.Json.Nodes;

namespace AppointmentBooking.Infra.Tests;

/// <summary>The settings the app reads are provisioned by app/functions.bicep, secrets through Key Vault.</summary>
public class AppSettingsTests
{
    private static readonly Lazy<JsonObject> Settings = new(() =>
        BicepCli.Template("app", "functions.bicep")["variables"]!["appSettings"]!.AsObject());

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage__queueServiceUri")]
    [InlineData("AzureWebJobsStorage__tableServiceUri")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    [InlineData("Cosmos__Endpoint")]
    [InlineData("Cosmos__Database")]
    [InlineData("Cosmos__Container")]
    [InlineData("Cosmos__CreateIfMissing")]
    [InlineData("Storage__QueueServiceUri")]
    [InlineData("Auth__Issuer")]
    [InlineData("Auth__Audience")]
    [InlineData("Payments__Stripe__SecretKey")]
    [InlineData("Payments__Stripe__WebhookSecret")]
    [InlineData("Google__ClientId")]
    [InlineData("Google__ClientSecret")]
    [InlineData("Encryption__Key")]
    [InlineData("AzureOpenAI__Endpoint")]
    [InlineData("AzureOpenAI__Deployment")]
    public void Function_app_settings_include(string name) =>
        Assert.True(Settings.Value.ContainsKey(name), $"app/functions.bicep app settings lack {name}");

    [Theory]
    [InlineData("Payments__Stripe__SecretKey", "stripe-secret-key")]
    [InlineData("Payments__Stripe__WebhookSecret", "stripe-webhook-secret")]
    [InlineData("Google__ClientSecret", "google-client-secret")]
    [InlineData("Encryption__Key", "encryption-key")]
    [InlineData("Encryption__RetiredKeys", "encryption-retired-keys")]
    [InlineData("Smtp__Password", "smtp-password")]
    [InlineData("Sms__Twilio__AuthToken", "twilio-auth-token")]
    public void Secret_settings_are_key_vault_references(string setting, string secretName)
    {
        var value = (string)Settings.Value[setting]!;

        Assert.Contains("keyVaultRef", value, StringComparison.Ordinal);
        Assert.Contains($"'{secretName}'", value, StringComparison.Ordinal);
    }

    // WEBSITE_TIME_ZONE is not supported on Flex Consumption: timers run in UTC.
    [Fact]
    public void No_app_setting_moves_timers_off_utc() =>
        Assert.DoesNotContain("WEBSITE_TIME_ZONE", Settings.Value.Select(s => s.Key));

    // Timer triggers read their schedule from a setting (%Outbox:RelaySchedule%): six NCRONTAB
    // fields, seconds first, or the host refuses the function at start-up.
    [Fact]
    public void Timer_schedules_are_six_field_ncrontab_expressions()
    {
        var schedules = Settings.Value.Where(s => s.Key.EndsWith("Schedule", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(schedules);
        Assert.All(schedules, s => Assert.Equal(6, ((string)s.Value!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Cosmos_settings_name_the_container_without_creating_it()
    {
        Assert.Equal("false", (string?)Settings.Value["Cosmos__CreateIfMissing"]);
        Assert.Equal("managedidentity", (string?)Settings.Value["AzureWebJobsStorage__credential"]);
    }
}
