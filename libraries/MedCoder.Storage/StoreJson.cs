using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedCoder.Storage;

/// <summary>The one JSON shape of stored bodies, shared by both adapters so a store can be swapped without migrating.</summary>
public static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    internal static string Serialize<T>(T body) => JsonSerializer.Serialize(body, Options);

    internal static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored body of {typeof(T).Name} is null.");
}
