namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>
/// Describes an HTTP function in the OpenAPI document. Optional: a function without it is still
/// listed, with a summary taken from its name and an untyped 200 response.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute : Attribute
{
    public string? Summary { get; set; }

    public string? Description { get; set; }

    /// <summary>The JSON body the function reads, if any.</summary>
    public Type? Request { get; set; }

    /// <summary>The JSON body of its success responses, if it has one.</summary>
    public Type? Response { get; set; }

    /// <summary>The status codes it answers with; 4xx and 5xx are problem+json.</summary>
    public int[] Statuses { get; set; } = [200];

    /// <summary>The credential it needs; public unless said.</summary>
    public ApiSecurity Security { get; set; } = ApiSecurity.None;
}
