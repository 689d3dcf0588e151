using System.Collections.Frozen;
using System.Text.Json;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>
/// NCCI add-on code (AOC) edits from the derived JSON (ncci_aoc_edits_YYYYqN_derived.json[.gz]): an array of
/// records with code1 = add-on code, code2 = primary code (CCCCC = contractor-defined), effective_date,
/// end_date (blank = none), modifier = AOC edit type 1|2|3 and description (a note about the edit type).
/// </summary>
public sealed class AddOnCodeEdits : ICacheable
{
    private const string CacheTag = "NCCI-AOC/1";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, AddOnCodeEdit[]> _byAddOn;
    private readonly FrozenDictionary<string, AddOnCodeEdit[]> _byPrimary;

    public AddOnCodeEdits(IReadOnlyList<AddOnCodeEdit> edits)
    {
        Edits = edits;
        _byAddOn = edits.GroupBy(e => e.AddOnCode, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byPrimary = edits.GroupBy(e => e.PrimaryCode, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<AddOnCodeEdit> Edits { get; }

    public IReadOnlyCollection<string> AddOnCodes => _byAddOn.Keys;

    public bool IsAddOn(string code) => _byAddOn.ContainsKey(Normalize(code));

    /// <summary>The pairs naming the primary codes an add-on may be billed with (empty when the code is not an add-on).</summary>
    public IReadOnlyList<AddOnCodeEdit> PrimariesFor(string addOnCode) => _byAddOn.GetValueOrDefault(Normalize(addOnCode)) ?? [];

    /// <summary>The pairs in which a code is the primary procedure.</summary>
    public IReadOnlyList<AddOnCodeEdit> AddOnsFor(string primaryCode) => _byPrimary.GetValueOrDefault(Normalize(primaryCode)) ?? [];

    public static AddOnCodeEdits Load(string path)
    {
        var file = JsonFile.Open(path);
        try
        {
            return new AddOnCodeEdits(Parse(file));
        }
        catch (JsonException invalid)
        {
            throw file.Error(invalid);
        }
    }

    private static List<AddOnCodeEdit> Parse(JsonFile file)
    {
        var edits = new List<AddOnCodeEdit>(8_000);
        var seen = new HashSet<(string, string)>();
        var reader = file.Reader();
        file.Expect(ref reader, JsonTokenType.StartArray, "an array of add-on code edits");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var record = file.Record(ref reader, "an add-on code edit");
            var addOn = Code(record, "code1");
            var primary = Code(record, "code2");
            var type = record.String("modifier").Trim();
            if (type is not ("1" or "2" or "3"))
            {
                throw record.Error($"AOC edit type (modifier) '{type}' is not 1, 2 or 3");
            }

            if (!seen.Add((addOn, primary)))
            {
                throw record.Error($"pair {addOn}/{primary} appears twice");
            }

            edits.Add(new AddOnCodeEdit(
                addOn, primary, record.Date("effective_date", optional: false)!.Value, record.Date("end_date", optional: true),
                (AddOnEditType)(type[0] - '0'), record.String("description")));
        }

        return edits;
    }

    private static string Code(JsonRecord record, string field)
    {
        var code = record.String(field).Trim();
        return code.Length == 5 && code.All(char.IsAsciiLetterOrDigit)
            ? code.ToUpperInvariant()
            : throw record.Error($"{field} '{code}' is not a 5-character HCPCS/CPT code");
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Edits.Count);
        foreach (var e in Edits)
        {
            writer.Write(e.AddOnCode);
            writer.Write(e.PrimaryCode);
            writer.Write(e.EffectiveDate.DayNumber);
            writer.Write(e.DeletionDate?.DayNumber ?? -1);
            writer.Write((byte)e.EditType);
            writer.Write(e.Note);
        }
    }

    public static AddOnCodeEdits Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var edits = new AddOnCodeEdit[reader.ReadInt32()];
        for (var i = 0; i < edits.Length; i++)
        {
            var (addOn, primary, effective, deletion) = (reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            edits[i] = new AddOnCodeEdit(
                addOn, primary, DateOnly.FromDayNumber(effective), deletion >= 0 ? DateOnly.FromDayNumber(deletion) : null,
                (AddOnEditType)reader.ReadByte(), reader.ReadString());
        }

        return new AddOnCodeEdits(edits);
    }
}
