using AppointmentBooking.Functions.Application.Management;
using AppointmentBooking.Functions.Application.Tenants;
using AppointmentBooking.Functions.Http.ApiDescription;
using AppointmentBooking.Functions.Http.Auth;
using AppointmentBooking.Functions.Http.Concurrency;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Mapping.Manage;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AppointmentBooking.Functions.Http.Manage;

/// <summary>Signing up: anyone with a valid token creates a business and becomes its owner.</summary>
public sealed class TenantSignUp(Managers managers, SignUp signUp)
{
    [ApiOperation(Summary = "Sign up: create a tenant with the caller as owner",
        Description = "The slug must be free (409 with suggestions otherwise). A retried sign-up answers the tenant the caller already owns under that slug.",
        Request = typeof(SignUpRequest), Response = typeof(TenantSettingsResponse), Statuses = [201, 400, 401, 409, 413], Security = ApiSecurity.Bearer)]
    [ApiHeaderParameter(IdempotencyKey.Header, Required = false, Description = "Optional; retries send the same key.")]
    [Function(nameof(SignUpTenant))]
    public async Task<IActionResult> SignUpTenant(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tenants")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var founder = await managers.IdentifyAsync(request, cancellationToken);
        var body = await JsonRequest.ReadAsync<SignUpRequest>(request, cancellationToken);
        var tenant = TenantRequests.ToTenant(body, ResourceIds.New("tnt", $"{founder.Issuer}\n{founder.Subject}", IdempotencyKey.Optional(request)));
        return await signUp.ExecuteAsync(founder, tenant, cancellationToken) switch
        {
            SignUpOutcome.Created created => new VersionedBody(TenantSettingsResponses.Of(created.Tenant.Value), created.Tenant.Version,
                StatusCodes.Status201Created, $"/api/manage/tenants/{created.Tenant.Value.Id}/settings"),
            SignUpOutcome.SlugTaken taken => ApiProblems.SlugTaken(tenant.Slug, taken.Suggestions),
            _ => throw new InvalidOperationException("Unknown sign-up outcome."),
        };
    }
}
