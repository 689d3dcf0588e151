using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>Structural comparison of claims (records holding lists compare lists by reference): JSON with amounts written as X12 writes them (150.50 and 150.5 are one amount).</summary>
internal static class ClaimJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new AmountConverter(), new JsonStringEnumConverter() } };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);

    private sealed class AmountConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.##", CultureInfo.InvariantCulture));
    }
}
