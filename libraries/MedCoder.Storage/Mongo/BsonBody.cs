using System.Buffers;
using System.Text.Json;
using MongoDB.Bson;

namespace MedCoder.Storage;

/// <summary>
/// Bodies go through System.Text.Json (StoreJson) so both adapters store the same shape, then into BSON
/// so fields stay queryable. JSON numbers with a fraction become BSON doubles, so decimals round-trip
/// exactly up to 15 significant digits (money amounts); longer ones are rounded.
/// </summary>
internal static class BsonBody
{
    public static BsonDocument ToBson<T>(T body) => BsonDocument.Parse(StoreJson.Serialize(body));

    /// <summary>
    /// Written with Utf8JsonWriter rather than the driver's relaxed JSON, which prints doubles with 17
    /// digits (0.1 becomes 0.10000000000000001); the shortest round-trip form gives the decimal back.
    /// </summary>
    public static T FromBson<T>(BsonDocument body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, body);
        }

        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, StoreJson.Options)
            ?? throw new InvalidOperationException($"Stored body of {typeof(T).Name} is null.");
    }

    /// <summary>Covers the BSON types that parsing JSON produces; anything else was not written by this store.</summary>
    private static void Write(Utf8JsonWriter writer, BsonValue value)
    {
        switch (value.BsonType)
        {
            case BsonType.Document:
                writer.WriteStartObject();
                foreach (var element in value.AsBsonDocument)
                {
                    writer.WritePropertyName(element.Name);
                    Write(writer, element.Value);
                }

                writer.WriteEndObject();
                break;
            case BsonType.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsBsonArray)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case BsonType.String:
                writer.WriteStringValue(value.AsString);
                break;
            case BsonType.Int32:
                writer.WriteNumberValue(value.AsInt32);
                break;
            case BsonType.Int64:
                writer.WriteNumberValue(value.AsInt64);
                break;
            case BsonType.Double:
                writer.WriteNumberValue(value.AsDouble);
                break;
            case BsonType.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case BsonType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new NotSupportedException($"Stored body holds BSON {value.BsonType}, which no JSON body produces.");
        }
    }
}
