using System.Collections.Frozen;
using System.Text.Json;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>
/// Parses the derived MCE JSON: {"excluded_edits": {name: reason}, "age_categories": {newborn: {min_age, max_age}, ...},
/// "codes": {list: [{code, description}]}, "counts": {list: n}}. Unknown lists are rejected rather than dropped,
/// and the file's own counts must match what it lists.
/// </summary>
internal static class MceEditsReader
{
    private static readonly FrozenDictionary<string, MceEditLists> ListNames = new Dictionary<string, MceEditLists>(StringComparer.Ordinal)
    {
        ["manifestation_not_pdx"] = MceEditLists.ManifestationNotPrincipal,
        ["unacceptable_pdx"] = MceEditLists.UnacceptablePrincipal,
        ["unacceptable_pdx_unless_secondary"] = MceEditLists.UnacceptablePrincipalUnlessSecondary,
        ["age_newborn"] = MceEditLists.Newborn,
        ["age_pediatric"] = MceEditLists.Pediatric,
        ["age_maternity"] = MceEditLists.Maternity,
        ["age_adult"] = MceEditLists.Adult,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MceEditLists> AgeCategoryNames = new Dictionary<string, MceEditLists>(StringComparer.Ordinal)
    {
        ["newborn"] = MceEditLists.Newborn,
        ["pediatric"] = MceEditLists.Pediatric,
        ["maternity"] = MceEditLists.Maternity,
        ["adult"] = MceEditLists.Adult,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static MceEdits Read(string path)
    {
        var file = JsonFile.Open(path);
        try
        {
            return Parse(file);
        }
        catch (JsonException invalid)
        {
            throw file.Error(invalid);
        }
    }

    private static MceEdits Parse(JsonFile file)
    {
        var entries = new List<(string, string, MceEditLists)>(7_000);
        var seen = new HashSet<(string, MceEditLists)>();
        var listLines = new Dictionary<MceEditLists, int>();
        var ageRanges = new Dictionary<MceEditLists, MceAgeRange>();
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonRecord? counts = null;

        var reader = file.Reader();
        file.Expect(ref reader, JsonTokenType.StartObject, "the MCE object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "excluded_edits":
                    foreach (var reason in file.Record(ref reader, "excluded_edits").Element.EnumerateObject())
                    {
                        excluded[reason.Name] = reason.Value.ValueKind == JsonValueKind.String ? reason.Value.GetString()! : reason.Value.GetRawText();
                    }

                    break;
                case "age_categories":
                    var categories = file.Record(ref reader, "age_categories");
                    foreach (var category in categories.Element.EnumerateObject())
                    {
                        if (!AgeCategoryNames.TryGetValue(category.Name, out var list))
                        {
                            throw categories.Error($"unknown age category '{category.Name}'");
                        }

                        var range = categories with { Element = category.Value };
                        ageRanges[list] = new MceAgeRange(range.Int("min_age"), range.Int("max_age"));
                    }

                    break;
                case "codes":
                    ReadLists(file, ref reader, entries, seen, listLines);
                    break;
                case "counts":
                    counts = file.Record(ref reader, "counts");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        foreach (var (list, line) in listLines)
        {
            if ((list & MceEdits.AgeLists) != 0 && !ageRanges.ContainsKey(list))
            {
                throw new CodeSetFormatException(file.Path, line, $"age list {list} has no range in age_categories");
            }
        }

        if (counts is { } declared)
        {
            foreach (var count in declared.Element.EnumerateObject())
            {
                var actual = ListNames.TryGetValue(count.Name, out var list) ? seen.Count(s => s.Item2 == list) : -1;
                if (count.Value.ValueKind != JsonValueKind.Number || count.Value.GetInt32() != actual)
                {
                    throw declared.Error($"counts.{count.Name} = {count.Value.GetRawText()} but the file lists {Math.Max(actual, 0)} codes");
                }
            }
        }

        return new MceEdits(entries, ageRanges, excluded);
    }

    private static void ReadLists(
        JsonFile file, ref Utf8JsonReader reader, List<(string, string, MceEditLists)> entries, HashSet<(string, MceEditLists)> seen, Dictionary<MceEditLists, int> listLines)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw file.Error(reader.TokenStartIndex, "expected 'codes' to be an object of lists");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!ListNames.TryGetValue(name, out var list))
            {
                throw file.Error(reader.TokenStartIndex, $"unknown MCE list '{name}'");
            }

            listLines[list] = file.LineAt(reader.TokenStartIndex);
            file.Expect(ref reader, JsonTokenType.StartArray, $"list '{name}' to be an array");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var record = file.Record(ref reader, $"an entry of '{name}'");
                var code = record.String("code");
                if (!IsIcd10CmWithoutDot(code))
                {
                    throw record.Error($"'{code}' is not an ICD-10-CM code without dot");
                }

                if (!seen.Add((code, list)))
                {
                    throw record.Error($"{code} is listed twice on '{name}'");
                }

                entries.Add((code, record.String("description"), list));
            }
        }
    }

    private static bool IsIcd10CmWithoutDot(string code) =>
        code.Length is >= 3 and <= 7 && char.IsAsciiLetterUpper(code[0]) && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
