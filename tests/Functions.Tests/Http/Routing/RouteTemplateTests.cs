using AppointmentBooking.Functions.Http.Routing;

namespace AppointmentBooking.Functions.Tests.Http.Routing;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("health", "/health")]
    [InlineData("tenants/{slug}", "/tenants/{slug}")]
    [InlineData("tenants/{slug}/bookings/{id:guid}", "/tenants/{slug}/bookings/{id}")]
    [InlineData("slots/{date:datetime?}", "/slots/{date}")]
    [InlineData("items/{page:int=1}", "/items/{page}")]
    [InlineData("{*path}", "/{path}")]
    public void ToOpenApiPath_strips_constraints_defaults_and_catch_all_marks(string route, string expected) =>
        Assert.Equal(expected, RouteTemplate.ToOpenApiPath(route));

    [Fact]
    public void Parameters_name_each_parameter_with_its_first_constraint() =>
        Assert.Equal(
            [("slug", null), ("id", "guid"), ("page", "int")],
            RouteTemplate.Parameters("tenants/{slug}/bookings/{id:guid}/{page:int:min(1)?}"));
}
