using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Routing;
using AppointmentBooking.Functions.Tests.Metadata;

namespace AppointmentBooking.Functions.Tests.Http.ApiDescription;

/// <summary>The served OpenAPI document describes exactly the HTTP functions the host publishes.</summary>
[Collection(PublishedApp.Name)]
public sealed class OpenApiDocumentTests(PublishedFunctionsApp published)
{
    private static readonly JsonObject Document = OpenApiDocumentBuilder.Build(typeof(Health).Assembly);

    [Fact]
    public void Every_published_http_route_and_method_is_an_operation_and_nothing_else_is()
    {
        // The catch-all fallback is left out on purpose (OpenApiDocumentBuilder.IsDocumented): it only
        // turns unknown URLs into 404s, and documenting it would claim every URL exists.
        var publishedOperations = published.HttpRoutes()
            .Where(r => r.Route != Fallback.CatchAllRoute)
            .SelectMany(r => r.Methods.Select(m => $"{m.ToUpperInvariant()} {RouteTemplate.ToOpenApiPath(r.Route)}"))
            .Order();
        var documented = OpenApiDocumentShape.Operations(Document).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order();

        Assert.Equal(publishedOperations, documented);
    }

    [Fact]
    public void Only_the_fallback_is_left_out_and_the_host_does_publish_it()
    {
        Assert.Contains(published.HttpRoutes(), r => r.Route == Fallback.CatchAllRoute);
        Assert.DoesNotContain(OpenApiDocumentShape.Operations(Document), o => o.Path.Contains("{path}", StringComparison.Ordinal));
    }

    [Fact]
    public void Document_has_the_openapi_3_1_shape() => OpenApiDocumentShape.AssertValid(Document);

    [Fact]
    public void Management_routes_need_a_bearer_token_the_event_stream_a_stream_token_customer_links_the_booking_token_and_public_routes_nothing()
    {
        var schemes = Document["components"]!["securitySchemes"]!;
        Assert.Equal(("http", "bearer"), ((string?)schemes["bearerAuth"]!["type"], (string?)schemes["bearerAuth"]!["scheme"]));
        Assert.Equal(("apiKey", "header", "Booking-Access-Token"),
            ((string?)schemes["bookingAccessToken"]!["type"], (string?)schemes["bookingAccessToken"]!["in"], (string?)schemes["bookingAccessToken"]!["name"]));

        foreach (var (path, method, operation) in OpenApiDocumentShape.Operations(Document))
        {
            var required = operation["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).ToList();
            var expected = path.EndsWith("/stream", StringComparison.Ordinal) ? ["streamToken"]
                : path.StartsWith("/manage/", StringComparison.Ordinal) || (path == "/tenants" && method == "post") ? ["bearerAuth"]
                : path.StartsWith("/tenants/{slug}/bookings/{bookingId}", StringComparison.Ordinal) ? ["bookingAccessToken"]
                : Array.Empty<string>();
            Assert.True(expected.SequenceEqual(required), $"{method} {path}: {string.Join(",", required)}");
        }
    }

    [Fact]
    public void Problem_responses_reference_the_problem_schema()
    {
        var tenant = Document["paths"]!["/tenants/{slug}"]!["get"]!;

        Assert.Equal("#/components/schemas/Problem",
            (string?)tenant["responses"]!["404"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        Assert.Equal("#/components/schemas/TenantProfileResponse",
            (string?)tenant["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.Equal("path", (string?)tenant["parameters"]![0]!["in"]);
    }
}
