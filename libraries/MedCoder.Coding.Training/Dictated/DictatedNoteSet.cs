using System.Globalization;
using System.Text;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Training.Dictated;

/// <summary>
/// The dictated-note sets under <c>data/dictated/</c>: every <c>set-*</c> folder holds <c>notes.tsv</c>
/// (id, split, kind, setting, dos, age, sex), <c>gold.tsv</c> (id, system, code, rank, reason) and
/// <c>notes/&lt;id&gt;.txt</c>; the format is in the sets' READMEs. Copied next to the binaries as
/// <c>dictated/</c> (<see cref="DefaultPath"/>), the way the CodiEsp corpus is.
/// </summary>
public static class DictatedNoteSet
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";
    public const string FolderPrefix = "set-";

    public static readonly IReadOnlyList<string> Splits = [Tune, Holdout];
    public static readonly IReadOnlyList<string> Kinds = ["office", "consult", "ed", "operative", "discharge", "radiology", "procedure"];
    public static readonly IReadOnlyList<string> Systems = [CodeSystems.Icd10Cm, CodeSystems.Icd10Pcs];

    // The CareSetting names in lower case, as the CLI's --setting takes them.
    private static readonly Dictionary<string, CareSetting> SettingNames =
        Enum.GetValues<CareSetting>().ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly string[] NotesHeader = ["id", "split", "kind", "setting", "dos", "age", "sex"];
    private static readonly string[] GoldHeader = ["id", "system", "code", "rank", "reason"];

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "dictated");

    /// <summary>The notes of every <c>set-*</c> folder under <paramref name="root"/>, set by set in folder-name order.</summary>
    /// <exception cref="InvalidDataException">A malformed file; the message is <c>path:line: reason</c>.</exception>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    public static IReadOnlyList<DictatedNote> Load(string root) =>
        [.. Directory.GetDirectories(root, FolderPrefix + "*").OrderBy(Path.GetFileName, StringComparer.Ordinal).SelectMany(LoadSet)];

    /// <summary>One set folder; the set's name is the folder name without <c>set-</c>.</summary>
    /// <exception cref="InvalidDataException">A malformed or missing file; the message names the file and line.</exception>
    public static IReadOnlyList<DictatedNote> LoadSet(string folder)
    {
        var set = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        set = set.StartsWith(FolderPrefix, StringComparison.Ordinal) ? set[FolderPrefix.Length..] : set;
        var gold = ReadGold(Path.Combine(folder, "gold.tsv"));
        var notesPath = Path.Combine(folder, "notes.tsv");
        var notes = new List<DictatedNote>();
        foreach (var (line, fields) in Rows(notesPath, NotesHeader))
        {
            var id = fields[0];
            var where = $"{notesPath}:{line}";
            var textPath = Path.Combine(folder, "notes", id + ".txt");
            if (!File.Exists(textPath))
            {
                throw new InvalidDataException($"{where}: no note file notes/{id}.txt");
            }

            notes.Add(new DictatedNote(
                id,
                set,
                OneOf(fields[1], Splits, "split", where),
                OneOf(fields[2], Kinds, "kind", where),
                Setting(fields[3], where),
                DateOnly.TryParseExact(fields[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dos) ? dos : throw Bad(where, $"dos '{fields[4]}' is not yyyy-MM-dd"),
                int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age < 130 ? age : throw Bad(where, $"age '{fields[5]}' is not a number of years"),
                fields[6] switch { "male" => AdministrativeSex.Male, "female" => AdministrativeSex.Female, _ => throw Bad(where, $"sex '{fields[6]}' is not male or female") },
                File.ReadAllText(textPath, Encoding.UTF8),
                gold.Remove(id, out var codes) ? codes : []));
        }

        if (gold.Keys.FirstOrDefault() is { } orphan)
        {
            throw new InvalidDataException($"{Path.Combine(folder, "gold.tsv")}: gold codes for '{orphan}', which notes.tsv does not list");
        }

        return notes;
    }

    private static Dictionary<string, List<DictatedGoldCode>> ReadGold(string path)
    {
        var gold = new Dictionary<string, List<DictatedGoldCode>>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(path, GoldHeader))
        {
            var where = $"{path}:{line}";
            var code = new DictatedGoldCode(
                OneOf(fields[1], Systems, "system", where),
                fields[2].Length > 0 ? fields[2] : throw Bad(where, "empty code"),
                int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank >= 1 ? rank : throw Bad(where, $"rank '{fields[3]}' is not 1, 2, 3…"),
                fields[4]);
            (gold.TryGetValue(fields[0], out var codes) ? codes : gold[fields[0]] = []).Add(code);
        }

        return gold;
    }

    /// <summary>The rows after the header, each with exactly the header's number of fields, trimmed.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, string[] header)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: missing");
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var first = true;
        foreach (var (line, raw) in TsvRows.Read(reader))
        {
            var fields = raw.Select(f => f.Trim()).ToArray();
            if (first)
            {
                first = false;
                if (!fields.SequenceEqual(header, StringComparer.Ordinal))
                {
                    throw Bad($"{path}:{line}", $"expected the header {string.Join("<TAB>", header)}");
                }

                continue;
            }

            if (fields.Length != header.Length || fields[0].Length == 0)
            {
                throw Bad($"{path}:{line}", $"expected {header.Length} tab-separated fields with an id, found {fields.Length}");
            }

            yield return (line, fields);
        }
    }

    private static string OneOf(string value, IReadOnlyList<string> allowed, string field, string where) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw Bad(where, $"{field} '{value}' is not one of {string.Join(", ", allowed)}");

    private static CareSetting Setting(string value, string where) =>
        SettingNames.TryGetValue(value, out var setting) ? setting : throw Bad(where, $"setting '{value}' is not one of {string.Join(", ", SettingNames.Keys)}");

    private static InvalidDataException Bad(string where, string reason) => new($"{where}: {reason}");
}
