using AppointmentBooking.Domain.Scheduling;
using AppointmentBooking.Domain.Tests.Scheduling;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AppointmentBooking.Benchmarks;

/// <summary>The common request: one staff member, one day, with that member's share of the bookings.</summary>
[MemoryDiagnoser]
public class SingleStaffDayBenchmarks
{
    private readonly StaffCandidate staff = BenchmarkData.Staff(10, 2000, 30)[0];
    private readonly DateInterval day = new(BenchmarkData.FirstDay.PlusDays(1), BenchmarkData.FirstDay.PlusDays(1));
    private readonly SlotSearch search = new(BenchmarkData.Policy);

    [Benchmark(Baseline = true, Description = "Reference: 1 day, 1 staff")]
    public int Reference() => ReferenceSlotSearch.Find(BenchmarkData.Policy, BenchmarkData.Service, [staff], day, BenchmarkData.Now).Count;

    [Benchmark(Description = "Fast: 1 day, 1 staff")]
    public int Fast() => search.FindSlots(BenchmarkData.Service, staff, day, BenchmarkData.Now).Count;
}
