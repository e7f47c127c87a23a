using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>Describes one HTTP function and method as an OpenAPI operation.</summary>
internal sealed partial class OpenApiOperationFactory(OpenApiSchemas schemas)
{
    private const string Json = "application/json";

    private static readonly ApiOperationAttribute Undescribed = new();

    public JsonObject Create(HttpFunction function, string httpMethod)
    {
        var described = function.Method.GetCustomAttribute<ApiOperationAttribute>() ?? Undescribed;
        var operation = new JsonObject
        {
            ["operationId"] = function.HttpMethods.Count == 1 ? function.Name : $"{function.Name}_{httpMethod.ToLowerInvariant()}",
            ["summary"] = described.Summary ?? Sentence(function.Name),
            ["tags"] = new JsonArray(function.FunctionClass.Name),
            ["parameters"] = new JsonArray([.. PathParameters(function.Route), .. QueryParameters(function.Method), .. HeaderParameters(function.Method)]),
            ["responses"] = Responses(described),
            ["security"] = OpenApiSecuritySchemes.Requirement(described.Security),
        };
        if (described.Description is { } description)
        {
            operation["description"] = description;
        }

        if (described.Request is { } request)
        {
            operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = Content(Json, schemas.SchemaFor(request)) };
        }

        return operation;
    }

    private static IEnumerable<JsonNode> PathParameters(string route) =>
        RouteTemplate.Parameters(route).Select(p => Parameter(p.Name, "path", required: true, ConstraintSchema(p.Constraint), null));

    private IEnumerable<JsonNode> QueryParameters(MethodInfo method) =>
        method.GetCustomAttributes<ApiQueryParameterAttribute>()
            .Select(q => Parameter(q.Name, "query", q.Required, schemas.SchemaFor(q.Type), q.Description));

    private static IEnumerable<JsonNode> HeaderParameters(MethodInfo method) =>
        method.GetCustomAttributes<ApiHeaderParameterAttribute>()
            .Select(h => Parameter(h.Name, "header", h.Required, new JsonObject { ["type"] = "string" }, h.Description));

    private static JsonObject Parameter(string name, string location, bool required, JsonNode schema, string? description)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required, ["schema"] = schema };
        if (description is not null)
        {
            parameter["description"] = description;
        }

        return parameter;
    }

    private static JsonObject ConstraintSchema(string? constraint) => constraint?.ToLowerInvariant() switch
    {
        "int" or "long" => new JsonObject { ["type"] = "integer" },
        "decimal" or "double" or "float" => new JsonObject { ["type"] = "number" },
        "bool" => new JsonObject { ["type"] = "boolean" },
        "guid" => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        _ => new JsonObject { ["type"] = "string" },
    };

    private JsonObject Responses(ApiOperationAttribute described)
    {
        var responses = new JsonObject();
        foreach (var status in described.Statuses.Order())
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(status, described.Response);
        }

        // Any function can fail unexpectedly; the middleware answers that as problem+json too.
        responses["default"] = ProblemResponse("An error, as RFC 9457 problem details");
        return responses;
    }

    private JsonObject Response(int status, Type? body) => status switch
    {
        >= 400 => ProblemResponse(ReasonPhrases.GetReasonPhrase(status)),
        204 or (>= 300 and < 400) => new JsonObject { ["description"] = ReasonPhrases.GetReasonPhrase(status) },
        _ => new JsonObject
        {
            ["description"] = ReasonPhrases.GetReasonPhrase(status),
            ["content"] = Content(Json, body is null ? new JsonObject() : schemas.SchemaFor(body)),
        },
    };

    private JsonObject ProblemResponse(string description) => new()
    {
        ["description"] = description,
        ["content"] = Content(ProblemResult.ContentType, schemas.SchemaFor(typeof(Problem))),
    };

    private static JsonObject Content(string mediaType, JsonNode schema) =>
        new() { [mediaType] = new JsonObject { ["schema"] = schema } };

    /// <summary><c>GetOpenApiDocument</c> → <c>Get open api document</c>.</summary>
    private static string Sentence(string functionName)
    {
        var words = WordStart().Split(functionName);
        return string.Join(' ', words.Select((word, i) => i == 0 ? word : word.ToLowerInvariant()));
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
