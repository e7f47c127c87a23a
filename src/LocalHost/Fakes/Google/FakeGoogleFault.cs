namespace AppointmentBooking.LocalHost.Fakes.Google;

/// <summary>
/// An answer the fake gives instead of the real one: a status and Google's error reason, for the next
/// Calendar API call of <paramref name="Operation"/> (<c>get</c>, <c>insert</c>, <c>patch</c>,
/// <c>delete</c>, <c>freeBusy</c>; null: any). With <paramref name="AfterWrite"/> the call takes effect
/// first and only its answer is lost, as when Google's reply times out.
/// </summary>
public sealed record FakeGoogleFault(int Status, string Reason, string? Operation = null, bool AfterWrite = false, int? RetryAfterSeconds = null);
