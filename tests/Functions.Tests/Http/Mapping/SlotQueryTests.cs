using AppointmentBooking.Functions.Http.Mapping;
using AppointmentBooking.Functions.Http.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AppointmentBooking.Functions.Tests.Http.Mapping;

public class SlotQueryTests
{
    private static QueryCollection Query(params (string Key, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Value)));

    private static IEnumerable<string> RejectedFields(QueryCollection query) =>
        Assert.Throws<RequestRejectedException>(() => SlotQuery.Parse(query)).Problem.Problem.Errors!.Select(e => e.Field);

    [Fact]
    public void Staff_defaults_to_any()
    {
        var query = SlotQuery.Parse(Query(("serviceId", "svc"), ("from", "2026-12-01"), ("to", "2026-12-31")));

        Assert.True(query.Staff.IsAny);
        Assert.Equal(31, query.Dates.Length);
    }

    [Theory]
    [InlineData("2026-12-01", "2027-01-01", "to")]
    [InlineData("2026-12-02", "2026-12-01", "to")]
    [InlineData("01/12/2026", "2026-12-01", "from")]
    public void Bad_range_names_the_field(string from, string to, string field) =>
        Assert.Equal(field, Assert.Single(RejectedFields(Query(("serviceId", "svc"), ("from", from), ("to", to)))));

    [Fact]
    public void Every_missing_parameter_is_listed() =>
        Assert.Equal(["serviceId", "from", "to"], RejectedFields(Query()));
}
