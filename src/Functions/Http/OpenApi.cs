using System.Text.Json;
using AppointmentBooking.Functions.Http.ApiDescription;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http;

/// <summary>The API's contract for frontend teams, generated from the functions of this app.</summary>
public sealed class OpenApi
{
    // Built once per process: the functions cannot change while it runs. A JsonElement is immutable,
    // so concurrent requests can serialize it safely.
    private static readonly Lazy<JsonElement> Document =
        new(() => JsonSerializer.SerializeToElement(OpenApiDocumentBuilder.Build(typeof(OpenApi).Assembly)));

    [Function(nameof(GetOpenApiDocument))]
    [ApiOperation(Summary = "The OpenAPI 3.1 description of this API")]
    public IActionResult GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new JsonBody(Document.Value);
}
