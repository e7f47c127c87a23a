using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Scheduling;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AppointmentBooking.Benchmarks;

/// <summary>The large case: 30 days, 10 staff, 2,000 bookings, 15-minute grid, "any staff".</summary>
[MemoryDiagnoser]
public class SlotSearchBenchmarks
{
    private readonly StaffCandidate[] staff = BenchmarkData.Staff(10, 2000, 30);
    private readonly DateInterval month = new(BenchmarkData.FirstDay, BenchmarkData.FirstDay.PlusDays(29));
    private readonly SlotSearch search = new(BenchmarkData.Policy);

    /// <summary>Refuses to measure two implementations that disagree.</summary>
    [GlobalSetup]
    public void CheckBothAgree()
    {
        var expected = ReferenceSlotSearch.Find(BenchmarkData.Policy, BenchmarkData.Service, staff, month, BenchmarkData.Now);
        var actual = search.FindSlotsForAnyStaff(BenchmarkData.Service, staff, month, BenchmarkData.Now);
        if (expected.Count == 0 || !expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"Fast search ({actual.Count} slots) disagrees with the reference ({expected.Count} slots).");
        }
    }

    [Benchmark(Baseline = true, Description = "Reference: 30 days, 10 staff, any")]
    public int Reference() => ReferenceSlotSearch.Find(BenchmarkData.Policy, BenchmarkData.Service, staff, month, BenchmarkData.Now).Count;

    [Benchmark(Description = "Fast: 30 days, 10 staff, any")]
    public int Fast() => search.FindSlotsForAnyStaff(BenchmarkData.Service, staff, month, BenchmarkData.Now).Count;
}
