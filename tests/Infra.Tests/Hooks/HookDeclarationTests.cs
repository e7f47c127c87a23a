using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Infrastructure.Configuration;
using YamlDotNet.RepresentationModel;

namespace AppointmentBooking.Infra.Tests.Hooks;

/// <summary>
/// Every Key Vault reference the app settings make has its secret created by the postprovision
/// hook, in both of its shells, and azd runs that hook after provisioning.
/// </summary>
public partial class HookDeclarationTests
{
    private static string Hook(string file) => File.ReadAllText(Path.Combine(Repository.Infra, "hooks", file));

    private static SortedSet<string> ReferencedSecrets() =>
    [
        .. BicepCli.Template("app", "functions.bicep")["variables"]!["appSettings"]!.AsObject()
            .Select(s => KeyVaultReference().Match((string?)s.Value ?? string.Empty))
            .Where(m => m.Success)
            .Select(m => m.Groups["secret"].Value),
    ];

    private static SortedSet<string> ShellList(string variable) =>
        [.. ShellVariable(variable).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string ShellVariable(string variable) =>
        Regex.Match(Hook("keyvault.sh"), $"^{variable}=\"(?<value>[^\"]*)\"$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups["value"].Value
            : throw new Xunit.Sdk.XunitException($"keyvault.sh does not set {variable}");

    private static SortedSet<string> PowerShellList(string variable) =>
        Regex.Match(Hook("keyvault.ps1"), $@"^\${variable} = @\((?<items>[^)]*)\)$", RegexOptions.Multiline) is { Success: true } m
            ? [.. Regex.Matches(m.Groups["items"].Value, "'(?<item>[^']+)'").Select(i => i.Groups["item"].Value)]
            : throw new Xunit.Sdk.XunitException($"keyvault.ps1 does not set ${variable}");

    [Fact]
    public void Posix_hook_creates_a_secret_for_every_key_vault_reference_and_no_other()
    {
        var referenced = ReferencedSecrets();

        Assert.Equal(7, referenced.Count);
        Assert.Equal(referenced, new SortedSet<string>([.. ShellList("GENERATED_SECRETS"), .. ShellList("PLACEHOLDER_SECRETS")]));
        Assert.Empty(ShellList("GENERATED_SECRETS").Intersect(ShellList("PLACEHOLDER_SECRETS")));
    }

    [Fact]
    public void PowerShell_hook_keeps_the_same_lists_as_the_posix_hook()
    {
        Assert.Equal(ShellList("GENERATED_SECRETS"), PowerShellList("GeneratedSecrets"));
        Assert.Equal(ShellList("PLACEHOLDER_SECRETS"), PowerShellList("PlaceholderSecrets"));
    }

    [Fact]
    public void Both_hooks_store_the_placeholder_the_app_reads_as_not_configured()
    {
        Assert.Equal(SecretSetting.Placeholder, ShellVariable("PLACEHOLDER_VALUE"));
        Assert.Contains($"$PlaceholderValue = '{SecretSetting.Placeholder}'", Hook("keyvault.ps1"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("posix", "sh", "postprovision.sh")]
    [InlineData("windows", "pwsh", "postprovision.ps1")]
    public void Azd_runs_the_postprovision_hook_after_provisioning(string platform, string shell, string script)
    {
        using var reader = new StreamReader(Repository.PathOf("azure.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        var hooks = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["hooks"];
        var hook = (YamlMappingNode)((YamlMappingNode)hooks["postprovision"])[platform];

        Assert.Equal(shell, ((YamlScalarNode)hook["shell"]).Value);
        var run = ((YamlScalarNode)hook["run"]).Value!;
        Assert.Equal($"./infra/hooks/{script}", run);
        Assert.True(File.Exists(Repository.PathOf(run)), $"{run} does not exist");
    }

    // "[__bicep.keyVaultRef(parameters('keyVaultName'), 'stripe-secret-key')]" in the compiled template.
    [GeneratedRegex(@"keyVaultRef\([^,]+,\s*'(?<secret>[^']+)'\)")]
    private static partial Regex KeyVaultReference();
}
