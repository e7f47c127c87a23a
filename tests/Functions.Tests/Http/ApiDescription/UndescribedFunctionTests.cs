using System.Text.Json.Nodes;
using AppointmentBooking.Functions.Http.ApiDescription;

namespace AppointmentBooking.Functions.Tests.Http.ApiDescription;

/// <summary>Functions without <see cref="ApiOperationAttribute"/> still appear, so nobody has to coordinate with this document.</summary>
public sealed class UndescribedFunctionTests
{
    private static readonly JsonObject Document = OpenApiDocumentBuilder.Build(typeof(UndescribedFunctions).Assembly);

    [Fact]
    public void Undescribed_function_is_listed_once_per_method_with_a_summary_from_its_name()
    {
        var path = Document["paths"]!["/widgets/{widgetId}/parts"]!;

        Assert.Equal("List widget parts", (string?)path["get"]!["summary"]);
        Assert.Equal("ListWidgetParts_post", (string?)path["post"]!["operationId"]);
        Assert.Equal("integer", (string?)path["get"]!["parameters"]![0]!["schema"]!["type"]);
        Assert.NotNull(path["get"]!["responses"]!["200"]);
    }

    [Fact]
    public void Document_with_undescribed_functions_is_still_valid() => OpenApiDocumentShape.AssertValid(Document);
}
