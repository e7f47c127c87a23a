using AppointmentBooking.Domain.Tenants;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Assistant;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NodaTime;

namespace AppointmentBooking.Functions.Http;

/// <summary>
/// Customers chat with the tenant's booking assistant. The tenant is the route's; a booking token, if the page has
/// one, travels in the Booking-Access-Token header and never reaches the model.
/// </summary>
public sealed class AssistantConversations(TenantRoute route, AnswerMessage answer, AccessTokens tokens, IClock clock)
{
    private const string Streaming = "With \"stream\": true or Accept: text/event-stream the reply comes as server-sent events (delta ..., then done).";

    [ApiOperation(Summary = "Start a conversation with the booking assistant", Description = Streaming,
        Request = typeof(AssistantMessageRequest), Response = typeof(AssistantReplyResponse), Statuses = [201, 400, 401, 404, 413, 429, 503])]
    [ApiHeaderParameter(BookingToken.Header, Description = "Optional: the token of a booking the customer wants to talk about.")]
    [Function(nameof(StartConversation))]
    public async Task<IActionResult> StartConversation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/assistant/conversations")] HttpRequest request,
        string slug,
        CancellationToken cancellationToken) =>
        await AnswerAsync(request, slug, conversationId: null, StatusCodes.Status201Created, cancellationToken);

    [ApiOperation(Summary = "Send the customer's next message to the booking assistant", Description = Streaming,
        Request = typeof(AssistantMessageRequest), Response = typeof(AssistantReplyResponse), Statuses = [200, 400, 401, 404, 409, 413, 429, 503])]
    [ApiHeaderParameter(BookingToken.Header, Description = "Optional: the token of a booking the customer wants to talk about.")]
    [Function(nameof(SendAssistantMessage))]
    public async Task<IActionResult> SendAssistantMessage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants/{slug}/assistant/conversations/{conversationId}/messages")] HttpRequest request,
        string slug,
        string conversationId,
        CancellationToken cancellationToken) =>
        await AnswerAsync(request, slug, conversationId, StatusCodes.Status200OK, cancellationToken);

    private async Task<IActionResult> AnswerAsync(HttpRequest request, string slug, string? conversationId, int status, CancellationToken cancellationToken)
    {
        var tenant = await route.FindAsync(request, slug, cancellationToken);
        var body = await JsonRequest.ReadAsync<AssistantMessageRequest>(request, cancellationToken);
        var turn = AssistantRequests.ToTurn(conversationId, body, request);
        if (AssistantRequests.WantsStream(body, request))
        {
            return new AssistantStream((onText, token) => answer.ExecuteAsync(tenant, turn, onText, token), outcome => Map(tenant, outcome, status));
        }

        return Map(tenant, await answer.ExecuteAsync(tenant, turn, onText: null, cancellationToken), status);
    }

    private IActionResult Map(TenantConfiguration tenant, TurnOutcome outcome, int status) =>
        AssistantResults.ToResult(outcome, tenant.Policy.Zone, clock.GetCurrentInstant(), id => tokens.Issue(tenant.TenantId, id), status);
}
