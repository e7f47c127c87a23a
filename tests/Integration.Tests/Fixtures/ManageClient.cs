using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Speaks the management API with one bearer token (or none).</summary>
public sealed class ManageClient(AppFixture fixture, string? token)
{
    public ManageClient As(string? otherToken) => new(fixture, otherToken);

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body = null, string? ifMatch = null, string? idempotencyKey = null, string? json = null,
        string? origin = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null || body is not null)
        {
            request.Content = new StringContent(json ?? JsonSerializer.Serialize(body), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await fixture.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, body ?? new { }, idempotencyKey: idempotencyKey);

    public Task<HttpResponseMessage> PutAsync(string path, object body, string? ifMatch) => SendAsync(HttpMethod.Put, path, body, ifMatch);

    public Task<HttpResponseMessage> DeleteAsync(string path, string? ifMatch) => SendAsync(HttpMethod.Delete, path, ifMatch: ifMatch);

    /// <summary>The body and ETag of a resource, asserting it was read.</summary>
    public async Task<(JsonElement Body, string ETag)> ReadAsync(string path)
    {
        var response = await GetAsync(path);
        return (await OkAsync(response), ETag(response));
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} instead of {(int)status}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string ETag(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The response has no ETag.");
    }
}
