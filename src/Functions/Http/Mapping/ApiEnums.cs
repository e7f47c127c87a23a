using System.Text.Json;

namespace AppointmentBooking.Functions.Http.Mapping;

/// <summary>Enum values as the API spells them in bodies and routes: camelCase, the same as the JSON converter writes.</summary>
public static class ApiEnums
{
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The value spelled exactly <paramref name="name"/>, or null: numbers and other spellings name nothing.</summary>
    public static T? Parse<T>(string? name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => Name(v!.Value) == name);
}
