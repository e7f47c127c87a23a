using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AppointmentBooking.Functions.Tests.Application;

public class SlotQueryTests
{
    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    [Fact]
    public void Staff_defaults_to_any()
    {
        var (query, problem) = SlotQuery.Parse(Query(("serviceId", "svc"), ("from", "2026-12-01"), ("to", "2026-12-31")));

        Assert.Null(problem);
        Assert.Equal("any", query!.StaffId);
        Assert.Equal(31, query.Dates.Length);
    }

    [Theory]
    [InlineData("2026-12-01", "2027-01-01", "to")]
    [InlineData("2026-12-02", "2026-12-01", "to")]
    [InlineData("01/12/2026", "2026-12-01", "from")]
    public void Bad_range_names_the_field(string from, string to, string field)
    {
        var (_, problem) = SlotQuery.Parse(Query(("serviceId", "svc"), ("from", from), ("to", to)));

        Assert.Equal(field, Assert.Single(problem!.Problem.Errors!).Field);
    }

    [Fact]
    public void Every_missing_parameter_is_listed() =>
        Assert.Equal(["serviceId", "from", "to"], SlotQuery.Parse(Query()).Problem!.Problem.Errors!.Select(e => e.Field));
}
