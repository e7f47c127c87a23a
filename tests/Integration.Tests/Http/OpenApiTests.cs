using System.Net;
using System.Text.Json;
using AppointmentBooking.Integration.Tests.Fixtures;

namespace AppointmentBooking.Integration.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class OpenApiTests(AppFixture fixture)
{
    [Fact]
    public async Task Openapi_json_answers_200_with_the_document()
    {
        var response = await fixture.Client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty("/tenants/{slug}", out _));
    }
}
