using System.Diagnostics;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace AppointmentBooking.Infra.Tests;

/// <summary>The web sites' deployment: a static web app azd deploys as the web service, whose origin the API allows, with a config.json from the azd environment.</summary>
public class StaticWebAppTests
{
    [Fact]
    public void Azure_yaml_deploys_web_as_a_static_web_app_built_by_its_prepackage_hook_in_both_shells()
    {
        using var reader = new StreamReader(Repository.PathOf("azure.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        var web = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["web"];
        var project = ((YamlScalarNode)web["project"]).Value!;

        Assert.True(File.Exists(Path.Combine(Repository.PathOf(project), "staticwebapp.config.json")));
        Assert.Equal("staticwebapp", ((YamlScalarNode)web["host"]).Value);
        Assert.Equal("dist", ((YamlScalarNode)web["dist"]).Value);
        var prepackage = (YamlMappingNode)((YamlMappingNode)web["hooks"])["prepackage"];
        foreach (var (platform, shell) in new[] { ("posix", "sh"), ("windows", "pwsh") })
        {
            var hook = (YamlMappingNode)prepackage[platform];
            Assert.Equal(shell, ((YamlScalarNode)hook["shell"]).Value);
            // Service hooks run in the service's project folder.
            var script = Path.GetFullPath(Path.Combine(Repository.PathOf(project), ((YamlScalarNode)hook["run"]).Value!));
            Assert.True(File.Exists(script), $"{script} does not exist");
        }
    }

    [Fact]
    public void The_static_web_app_is_tagged_as_the_web_service_and_its_origin_is_one_the_api_allows()
    {
        var snapshot = Deployment.Public;
        var site = snapshot.Single("Microsoft.Web/staticSites");
        var settings = snapshot.Single("Microsoft.Web/sites/config");

        Assert.Equal("web", (string?)site["tags"]!["azd-service-name"]);
        Assert.Equal("Free", (string?)site["sku"]!["name"]);
        Assert.Equal("westeurope", (string?)site["location"]);
        var cors = (string?)settings["properties"]!["Cors__AllowedOrigins"];
        Assert.Contains("defaultHostname", cors, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_give_the_hook_the_api_address_and_the_site()
    {
        var outputs = BicepCli.Template("main.bicep")["outputs"]!.AsObject();

        Assert.Contains("API_BASE_URL", outputs.Select(o => o.Key));
        Assert.Contains("WEB_URI", outputs.Select(o => o.Key));
    }

    [Fact]
    public void The_hook_copies_the_site_and_writes_its_config_from_the_environment_without_a_development_sign_in()
    {
        var dist = Directory.CreateTempSubdirectory("web-dist-");
        try
        {
            var (exit, errors) = RunHook(dist.FullName, new()
            {
                ["API_BASE_URL"] = "https://func-test.azurewebsites.net",
                ["AUTH_ISSUER"] = "https://login.microsoftonline.com/contoso/v2.0 https://accounts.google.com",
                ["AUTH_CLIENT_ID"] = "client-\"1\"",
                ["AUTH_SCOPE"] = "api://booking/access",
            });

            Assert.True(exit == 0, errors);
            var config = JsonNode.Parse(File.ReadAllText(Path.Combine(dist.FullName, "config.json")))!;
            Assert.Equal("https://func-test.azurewebsites.net", (string?)config["apiBase"]);
            Assert.Equal("https://login.microsoftonline.com/contoso/v2.0", (string?)config["auth"]!["authority"]);
            Assert.Equal("client-\"1\"", (string?)config["auth"]!["clientId"]);
            Assert.Equal("api://booking/access", (string?)config["auth"]!["scope"]);
            Assert.Null(config["developmentSignIn"]);
            Assert.True(File.Exists(Path.Combine(dist.FullName, "manage", "index.html")));
            Assert.True(File.Exists(Path.Combine(dist.FullName, "staticwebapp.config.json")));
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_hook_refuses_to_build_without_the_api_address()
    {
        var dist = Directory.CreateTempSubdirectory("web-dist-");
        try
        {
            var (exit, errors) = RunHook(dist.FullName, []);

            Assert.NotEqual(0, exit);
            Assert.Contains("API_BASE_URL", errors, StringComparison.Ordinal);
        }
        finally
        {
            dist.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Errors) RunHook(string dist, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.PathOf("web") };
        start.ArgumentList.Add(Path.Combine(Repository.Infra, "hooks", "web-config.sh"));
        foreach (var name in new[] { "API_BASE_URL", "AUTH_ISSUER", "AUTH_AUTHORITY", "AUTH_CLIENT_ID", "AUTH_SCOPE" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["WEB_DIST"] = dist;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.GetAwaiter().GetResult());
    }
}
