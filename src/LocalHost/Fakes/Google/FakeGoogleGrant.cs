namespace AppointmentBooking.LocalHost.Fakes.Google;

/// <summary>One consent given to the app: the Google account, its refresh token and scopes, and whether Google still honours it.</summary>
public sealed class FakeGoogleGrant(string account, string refreshToken, IReadOnlyList<string> scopes)
{
    public string Account => account;

    public string RefreshToken => refreshToken;

    public IReadOnlyList<string> Scopes => scopes;

    /// <summary>False once revoked by the app, or refused on purpose (the person removed the app's access, the token expired).</summary>
    public bool IsLive { get; set; } = true;
}
