using System.Reflection;
using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Http.Routing;
using AppointmentBooking.Functions.Infrastructure.Json;

namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>
/// Builds the OpenAPI 3.1 document from the HTTP functions themselves (their triggers and optional
/// <see cref="ApiOperationAttribute"/>), so a new function is documented without editing a file.
/// 3.1 because the schemas are JSON Schema 2020-12, as System.Text.Json exports them.
/// </summary>
public static class OpenApiDocumentBuilder
{
    public const string OpenApiVersion = "3.1.0";

    public static JsonObject Build(Assembly assembly)
    {
        var schemas = new OpenApiSchemas(AppJson.Options);
        var operations = new OpenApiOperationFactory(schemas);
        var paths = new JsonObject();
        foreach (var function in HttpFunction.Discover(assembly).Where(IsDocumented).OrderBy(f => f.Route, StringComparer.Ordinal))
        {
            var path = RouteTemplate.ToOpenApiPath(function.Route);
            var item = paths[path]?.AsObject() ?? [];
            paths[path] = item;
            foreach (var method in function.HttpMethods)
            {
                item[method.ToLowerInvariant()] = operations.Create(function, method);
            }
        }

        return new JsonObject
        {
            ["openapi"] = OpenApiVersion,
            ["info"] = new JsonObject { ["title"] = "AppointmentBooking API", ["version"] = "1.0.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" + HttpFunction.RoutePrefix }),
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas.Components, ["securitySchemes"] = OpenApiSecuritySchemes.Components() },
        };
    }

    /// <summary>
    /// The catch-all fallback only turns unknown routes into a problem+json 404; it is not a
    /// resource, and a <c>{path}</c> operation would tell clients every URL exists.
    /// </summary>
    public static bool IsDocumented(HttpFunction function) => function.Route != Fallback.CatchAllRoute;
}
