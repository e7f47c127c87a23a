using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AppointmentBooking.Infra.Tests;

public partial class ParametersFileTests
{
    private static readonly Lazy<JsonObject> DeclaredParameters = new(() =>
        BicepCli.Template("main.bicep")["parameters"]!.AsObject());

    private static JsonObject ParametersFile()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Infra, "main.parameters.json"));
        var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
        return root?["parameters"]?.AsObject()
            ?? throw new InvalidOperationException("main.parameters.json has no 'parameters' object");
    }

    [Fact]
    public void Parameters_file_is_valid_json_naming_only_parameters_main_bicep_declares()
    {
        var undeclared = ParametersFile().Select(p => p.Key).Where(name => !DeclaredParameters.Value.ContainsKey(name)).ToList();

        Assert.True(undeclared.Count == 0, "main.parameters.json names parameters main.bicep does not declare: " + string.Join(", ", undeclared));
    }

    [Fact]
    public void Parameters_file_supplies_every_required_parameter()
    {
        var supplied = ParametersFile().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var missing = DeclaredParameters.Value
            .Where(p => p.Value?["defaultValue"] is null && !supplied.Contains(p.Key))
            .Select(p => p.Key)
            .ToList();

        Assert.True(missing.Count == 0, "main.bicep parameters without default missing from main.parameters.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Parameter_values_are_azd_environment_substitutions()
    {
        var literal = ParametersFile()
            .Where(p => p.Value?["value"] is not JsonValue v || !v.TryGetValue<string>(out var s) || !AzdSubstitution().IsMatch(s))
            .Select(p => p.Key)
            .ToList();

        Assert.True(literal.Count == 0, "parameters not taken from the azd environment: " + string.Join(", ", literal));
    }

    [GeneratedRegex(@"^\$\{[A-Z][A-Z0-9_]*(=[^}]*)?\}$")]
    private static partial Regex AzdSubstitution();
}
