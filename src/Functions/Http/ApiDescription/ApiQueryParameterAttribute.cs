namespace AppointmentBooking.Functions.Http.ApiDescription;

/// <summary>
/// Declares a query-string parameter for the OpenAPI document: HTTP functions read the query from
/// the request, so nothing in their signature shows it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiQueryParameterAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public Type Type { get; set; } = typeof(string);

    public bool Required { get; set; }

    public string? Description { get; set; }
}
