namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>Declares a request header for the OpenAPI document: HTTP functions read headers from the request, so nothing in their signature shows them.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiHeaderParameterAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public bool Required { get; set; } = true;

    public string? Description { get; set; }
}
