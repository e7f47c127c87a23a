namespace AppointmentBooking.Functions.Application.Common;

/// <summary>
/// One holder at a time per key, awaited without blocking a thread. A key takes memory only while
/// somebody holds or waits for it, so the gate stays as small as the work in flight.
/// </summary>
public sealed class KeyedGate<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Entry> entries = [];

    /// <summary>Waits for the key; disposing the answer lets the next waiter in.</summary>
    public async Task<IDisposable> EnterAsync(TKey key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entries[key] = entry = new Entry();
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Holder(this, key, entry);
    }

    /// <summary>Keys held or awaited now.</summary>
    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Leave(TKey key, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(KeyedGate<TKey> gate, TKey key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                gate.Leave(key, entry);
            }
        }
    }
}
