namespace AppointmentBooking.Functions.Tests.Configuration;

/// <summary>
/// Every setting the code reads is provided locally and in Azure, so a new setting cannot reach
/// production unset. The rule: local.settings.sample.json lists all of them; the Bicep app settings
/// list all but <see cref="LocalOnly"/>.
/// </summary>
public sealed class SettingsCoverageTests
{
    /// <summary>
    /// Secrets of the emulators and of a model endpoint used locally. In Azure the app signs in with its
    /// managed identity instead, and their absence is what selects that (see CosmosClientFactory,
    /// QueueServiceClientFactory, ChatClientFactory).
    /// </summary>
    private static readonly string[] LocalOnly = ["Cosmos__Key", "Storage__ConnectionString", "AzureOpenAI__Key"];

    public static TheoryData<string> Settings => [.. SettingsReadByCode.All];

    public static TheoryData<string> AzureSettings => [.. SettingsReadByCode.All.Except(LocalOnly)];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Local_settings_sample_lists(string setting) =>
        Assert.True(DeclaredSettings.LocalSample.Contains(setting), $"local.settings.sample.json lacks {setting}");

    [Theory]
    [MemberData(nameof(AzureSettings))]
    public void Bicep_app_settings_list(string setting) =>
        Assert.True(DeclaredSettings.Bicep.Contains(setting), $"the APP SETTINGS block of infra/app/functions.bicep lacks {setting}");

    [Fact]
    public void Code_scan_finds_options_and_literal_reads()
    {
        Assert.Contains("Cosmos__Endpoint", SettingsReadByCode.All);
        Assert.Contains("Storage__QueueServiceUri", SettingsReadByCode.All);
        Assert.DoesNotContain(SettingsReadByCode.All, s => s.StartsWith("Emulators", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_only_settings_are_really_read_and_stay_out_of_azure()
    {
        Assert.All(LocalOnly, setting => Assert.Contains(setting, SettingsReadByCode.All));
        Assert.All(LocalOnly, setting => Assert.DoesNotContain(setting, DeclaredSettings.Bicep));
    }

    [Fact]
    public void Bicep_block_is_read() => Assert.Contains("AzureWebJobsStorage__accountName", DeclaredSettings.Bicep);
}
