using YamlDotNet.RepresentationModel;

namespace AppointmentBooking.Infra.Tests;

public class AzureYamlTests
{
    private static YamlMappingNode Root()
    {
        using var reader = new StreamReader(Repository.PathOf("azure.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : throw new Xunit.Sdk.XunitException($"azure.yaml: '{key}' missing");

    [Fact]
    public void Azure_yaml_names_the_functions_service_whose_project_folder_exists()
    {
        var root = Root();
        Assert.Equal("appointment-booking", Scalar(root, "name"));

        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        var functions = (YamlMappingNode)services.Children[new YamlScalarNode("functions")];
        var project = Scalar(functions, "project");

        Assert.True(Directory.Exists(Repository.PathOf(project)), $"azure.yaml: project folder '{project}' does not exist");
        Assert.Equal("dotnet", Scalar(functions, "language"));
        Assert.Equal("function", Scalar(functions, "host"));
    }

    [Fact]
    public void Every_azure_yaml_service_is_tagged_on_a_bicep_resource()
    {
        var services = (YamlMappingNode)Root().Children[new YamlScalarNode("services")];
        var bicep = string.Join('\n', Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains("'azd-service-name': serviceName", bicep, StringComparison.Ordinal);
        foreach (var name in services.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value))
        {
            Assert.Contains($"param serviceName string = '{name}'", bicep, StringComparison.Ordinal);
        }
    }
}
