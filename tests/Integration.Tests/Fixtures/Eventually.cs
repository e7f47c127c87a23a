namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Waits for what a queue function does after the request has answered.</summary>
public static class Eventually
{
    public static async Task<T> ExpectAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
