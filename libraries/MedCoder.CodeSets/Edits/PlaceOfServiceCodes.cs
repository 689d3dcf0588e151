using System.Collections.Frozen;
using System.Text.Json;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>A CMS place of service; IsFacility = the physician fee schedule pays the facility rate there (flag F, else N).</summary>
public sealed record PlaceOfService(string Code, string Name, bool IsFacility);

/// <summary>
/// CMS Place of Service codes from the derived JSON (pos_codes_derived.json): {"codes": {"11": {"name": ...,
/// "facility": "F"|"N"}}}. The derived list has 49 entries; CMS assigns more, so a code missing here is not
/// proof that it is invalid.
/// </summary>
public sealed class PlaceOfServiceCodes : ICacheable
{
    private const string CacheTag = "POS-DERIVED/1";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, PlaceOfService> _byCode;

    public PlaceOfServiceCodes(IReadOnlyList<PlaceOfService> codes)
    {
        Codes = codes;
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlaceOfService> Codes { get; }

    /// <summary>Finds a POS code; a single digit is read as its two-digit form ("1" = "01"), as claims sometimes drop the zero.</summary>
    public PlaceOfService? Find(string code) => _byCode.GetValueOrDefault(code.Trim().PadLeft(2, '0'));

    public static PlaceOfServiceCodes Load(string path)
    {
        var file = JsonFile.Open(path);
        try
        {
            return new PlaceOfServiceCodes(Parse(file));
        }
        catch (JsonException invalid)
        {
            throw file.Error(invalid);
        }
    }

    private static List<PlaceOfService> Parse(JsonFile file)
    {
        var codes = new List<PlaceOfService>(64);
        var reader = file.Reader();
        file.Expect(ref reader, JsonTokenType.StartObject, "the place-of-service object");
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.GetString() != "codes")
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            found = true;
            file.Expect(ref reader, JsonTokenType.StartObject, "'codes' to be an object keyed by POS code");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var code = reader.GetString()!;
                var codeAt = reader.TokenStartIndex;
                reader.Read();
                var record = file.Record(ref reader, $"POS {code}");
                if (code.Length != 2 || !code.All(char.IsAsciiDigit))
                {
                    throw file.Error(codeAt, $"'{code}' is not a two-digit POS code");
                }

                if (codes.Exists(c => c.Code == code))
                {
                    throw file.Error(codeAt, $"POS {code} appears twice");
                }

                var facility = record.String("facility");
                if (facility is not ("F" or "N"))
                {
                    throw record.Error($"POS {code} facility flag '{facility}' is not F or N");
                }

                codes.Add(new PlaceOfService(code, record.String("name"), facility == "F"));
            }
        }

        return found ? codes : throw new CodeSetFormatException(file.Path, 1, "no 'codes' object");
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Codes.Count);
        foreach (var c in Codes)
        {
            writer.Write(c.Code);
            writer.Write(c.Name);
            writer.Write(c.IsFacility);
        }
    }

    public static PlaceOfServiceCodes Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var codes = new PlaceOfService[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new PlaceOfService(reader.ReadString(), reader.ReadString(), reader.ReadBoolean());
        }

        return new PlaceOfServiceCodes(codes);
    }
}
