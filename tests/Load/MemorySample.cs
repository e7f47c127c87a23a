using System.Diagnostics;

namespace AppointmentBooking.Load;

/// <summary>The load process (the app, its saga host and the clients) after a run, once a full garbage collection is done.</summary>
internal sealed record MemorySample(int Run, double WorkingSetMegabytes, double HeapMegabytes, int Bookings, int Sagas)
{
    private const double Megabyte = 1024 * 1024;

    public static MemorySample Take(int run, int bookings, int sagas)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(run, process.WorkingSet64 / Megabyte, GC.GetTotalMemory(forceFullCollection: false) / Megabyte, bookings, sagas);
    }
}
