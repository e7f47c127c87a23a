using AppointmentBooking.Domain.Members;
using AppointmentBooking.Functions.Application.Notifications;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>
/// How the tenant's notifications read and when reminder texts wait. One ETag covers all of it: every
/// change needs the ETag of the last read, and answers with the whole settings and their new ETag.
/// </summary>
public sealed class TenantNotificationSettings(Managers managers, NotificationSettingsEdits edits)
{
    [ApiOperation(Summary = "Read the notification settings: quiet hours, placeholders and every template in force",
        Response = typeof(NotificationSettingsResponse), Statuses = [200, 401, 403], Security = ApiSecurity.Bearer)]
    [Function(nameof(GetNotificationSettings))]
    public async Task<IActionResult> GetNotificationSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ManageRoutes.Notifications)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var settings = await edits.ReadAsync(managed.Caller.TenantId, cancellationToken);
        return new VersionedBody(NotificationSettingsResponses.Of(settings.Value), settings.Version);
    }

    [ApiOperation(Summary = "Put the tenant's own template in force for one kind and audience", Description = "Needs If-Match.",
        Request = typeof(NotificationTemplateRequest), Response = typeof(NotificationSettingsResponse), Statuses = [200, 400, 401, 403, 404, 412, 413, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read of the notification settings.")]
    [Function(nameof(PutNotificationTemplate))]
    public async Task<IActionResult> PutNotificationTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.NotificationTemplate)] HttpRequest request,
        string tenantId,
        string kind,
        string audience,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var (k, a) = NotificationRequests.Template(kind, audience);
        var version = IfMatch.Require(request);
        var template = NotificationRequests.ToTemplate(await JsonRequest.ReadAsync<NotificationTemplateRequest>(request, cancellationToken), k, a);
        return ChangeResults.ToResult(await edits.PutTemplateAsync(managed.Caller, template, version, cancellationToken), NotificationSettingsResponses.Of);
    }

    [ApiOperation(Summary = "Put the shipped template back in force for one kind and audience", Description = "Needs If-Match.",
        Response = typeof(NotificationSettingsResponse), Statuses = [200, 401, 403, 404, 412, 428], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read of the notification settings.")]
    [Function(nameof(ResetNotificationTemplate))]
    public async Task<IActionResult> ResetNotificationTemplate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ManageRoutes.NotificationTemplate)] HttpRequest request,
        string tenantId,
        string kind,
        string audience,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var (k, a) = NotificationRequests.Template(kind, audience);
        var outcome = await edits.ResetTemplateAsync(managed.Caller, k, a, IfMatch.Require(request), cancellationToken);
        return ChangeResults.ToResult(outcome, NotificationSettingsResponses.Of);
    }

    [ApiOperation(Summary = "Set the local hours in which reminder text messages wait", Description = "Needs If-Match. The same start and end: no quiet hours.",
        Request = typeof(TimeRangeRequest), Response = typeof(NotificationSettingsResponse), Statuses = [200, 400, 401, 403, 412, 413, 428],
        Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IfMatch.Header, Description = "The ETag from the last read of the notification settings.")]
    [Function(nameof(SetQuietHours))]
    public async Task<IActionResult> SetQuietHours(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = ManageRoutes.QuietHours)] HttpRequest request,
        string tenantId,
        CancellationToken cancellationToken)
    {
        var managed = await managers.AuthorizeAsync(request, tenantId, Role.Manager, cancellationToken);
        var version = IfMatch.Require(request);
        var quietHours = NotificationRequests.ToQuietHours(await JsonRequest.ReadAsync<TimeRangeRequest>(request, cancellationToken));
        return ChangeResults.ToResult(await edits.SetQuietHoursAsync(managed.Caller, quietHours, version, cancellationToken), NotificationSettingsResponses.Of);
    }
}
