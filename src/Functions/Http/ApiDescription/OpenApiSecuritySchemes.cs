using System.Text.Json.Nodes;

namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>
/// The credentials the API takes, as OpenAPI security schemes: a bearer JWT on management routes,
/// the booking's access token on a customer's own booking, nothing on public routes (an explicit
/// empty requirement, so "no credential" is a statement, not an omission).
/// </summary>
internal static class OpenApiSecuritySchemes
{
    private const string Bearer = "bearerAuth";
    private const string BookingAccessToken = "bookingAccessToken";
    private const string StreamToken = "streamToken";

    public static JsonObject Components() => new()
    {
        [Bearer] = new JsonObject
        {
            ["type"] = "http",
            ["scheme"] = "bearer",
            ["bearerFormat"] = "JWT",
            ["description"] = "A token of a trusted OIDC issuer (Entra ID, Google) for this API's audience; the caller must be a member of the route's tenant.",
        },
        [BookingAccessToken] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "header",
            ["name"] = BookingToken.Header,
            ["description"] = "The booking's access token from the create answer; never in the URL.",
        },
        [StreamToken] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "query",
            ["name"] = "token",
            ["description"] = "A stream token minted with POST .../stream-tokens (a few minutes, this stream only): EventSource cannot send headers.",
        },
    };

    public static JsonArray Requirement(ApiSecurity security) => security switch
    {
        ApiSecurity.Bearer => new JsonArray(new JsonObject { [Bearer] = new JsonArray() }),
        ApiSecurity.BookingAccessToken => new JsonArray(new JsonObject { [BookingAccessToken] = new JsonArray() }),
        ApiSecurity.StreamToken => new JsonArray(new JsonObject { [StreamToken] = new JsonArray() }),
        _ => [],
    };
}
