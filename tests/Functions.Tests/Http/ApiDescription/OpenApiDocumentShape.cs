using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http.ApiDescription;

namespace AppointmentBooking.Functions.Tests.Http.ApiDescription;

/// <summary>Structural checks of an OpenAPI 3.1 document: the parts clients and code generators rely on.</summary>
internal static partial class OpenApiDocumentShape
{
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select (path.Key, operation.Key, operation.Value!.AsObject());

    public static void AssertValid(JsonObject document)
    {
        Assert.Equal(OpenApiDocumentBuilder.OpenApiVersion, (string?)document["openapi"]);
        Assert.False(string.IsNullOrEmpty((string?)document["info"]?["title"]));
        Assert.False(string.IsNullOrEmpty((string?)document["info"]?["version"]));
        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => AssertOperation(o.Path, o.Operation));
        var ids = operations.Select(o => (string?)o.Operation["operationId"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(References(document), reference => Assert.NotNull(Resolve(document, reference)));
    }

    private static void AssertOperation(string path, JsonObject operation)
    {
        Assert.StartsWith("/", path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)operation["summary"]));
        Assert.NotEmpty(operation["responses"]!.AsObject());
        var declared = operation["parameters"]!.AsArray()
            .Where(p => (string?)p!["in"] == "path")
            .Select(p => (string?)p!["name"]);
        var inTemplate = PathParameter().Matches(path).Select(m => m.Groups[1].Value);
        Assert.Equal(inTemplate.Order(), declared.Order());
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [(string)p.Value!] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    /// <summary>Follows a local JSON pointer such as <c>#/components/schemas/Problem</c>.</summary>
    private static JsonNode? Resolve(JsonObject document, string reference)
    {
        Assert.StartsWith("#/", reference, StringComparison.Ordinal);
        JsonNode? node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node is JsonObject o ? o[segment.Replace("~1", "/").Replace("~0", "~")] : null;
        }

        return node;
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex PathParameter();
}
