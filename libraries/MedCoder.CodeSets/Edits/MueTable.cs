using System.Collections.Frozen;
using System.Globalization;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>MUE adjudication indicator: how the unit limit is applied.</summary>
public enum MueAdjudicationIndicator
{
    /// <summary>1: per claim line; more units may be billed on another line with an appropriate modifier.</summary>
    LineEdit = 1,

    /// <summary>2: per date of service, an absolute limit set by policy.</summary>
    DateOfServicePolicy = 2,

    /// <summary>3: per date of service, a clinical limit that may be exceeded on appeal with documentation.</summary>
    DateOfServiceClinical = 3,
}

/// <summary>One code's practitioner MUE: the most units reportable, how that is adjudicated and why. IndicatorText is as given (e.g. "3 Date of Service Edit: Clinical").</summary>
public sealed record MueEntry(string Code, int Units, MueAdjudicationIndicator Indicator, string IndicatorText, string Rationale);

/// <summary>
/// The CMS practitioner-services MUE table in its 4 CSV columns, tab-separated with the header row
/// (HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale); plain or .gz.
/// Code numbers only: no CPT descriptors.
/// </summary>
public sealed class MueTable : ICacheable
{
    private const string CacheTag = "MUE-PRACTITIONER/1";
    private const int CacheVersion = 1;
    private static readonly string[] Header = ["HCPCS/CPT Code", "Practitioner Services MUE Values", "MUE Adjudication Indicator", "MUE Rationale"];

    private readonly FrozenDictionary<string, MueEntry> _byCode;

    public MueTable(IReadOnlyList<MueEntry> entries)
    {
        Entries = entries;
        _byCode = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<MueEntry> Entries { get; }

    public MueEntry? Find(string code) => _byCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public static MueTable Load(string path)
    {
        var entries = new List<MueEntry>(16_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in DataFile.Lines(path))
        {
            var fields = text.Split('\t');
            if (number == 1)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.Ordinal))
                {
                    throw new CodeSetFormatException(path, number, $"expected the header {string.Join(" | ", Header)}");
                }

                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var entry = Parse(fields, path, number);
            if (!seen.Add(entry.Code))
            {
                throw new CodeSetFormatException(path, number, $"code {entry.Code} appears twice");
            }

            entries.Add(entry);
        }

        return new MueTable(entries);
    }

    private static MueEntry Parse(string[] fields, string path, int line)
    {
        if (fields.Length != Header.Length)
        {
            throw new CodeSetFormatException(path, line, $"{fields.Length} tab-separated fields, expected {Header.Length}");
        }

        var code = fields[0].Trim();
        if (code.Length != 5 || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new CodeSetFormatException(path, line, $"'{code}' is not a 5-character HCPCS/CPT code");
        }

        if (!int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var units))
        {
            throw new CodeSetFormatException(path, line, $"MUE value '{fields[1]}' is not a whole number of units");
        }

        // The indicator column reads "<digit> <text>", e.g. "1 Line Edit".
        var indicatorText = fields[2].Trim();
        if (indicatorText.Length < 1 || indicatorText[0] is < '1' or > '3' || (indicatorText.Length > 1 && indicatorText[1] != ' '))
        {
            throw new CodeSetFormatException(path, line, $"MUE adjudication indicator '{indicatorText}' does not start with 1, 2 or 3");
        }

        return new MueEntry(code, units, (MueAdjudicationIndicator)(indicatorText[0] - '0'), indicatorText, fields[3].Trim());
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Entries.Count);
        foreach (var e in Entries)
        {
            writer.Write(e.Code);
            writer.Write(e.Units);
            writer.Write((byte)e.Indicator);
            writer.Write(e.IndicatorText);
            writer.Write(e.Rationale);
        }
    }

    public static MueTable Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var entries = new MueEntry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new MueEntry(reader.ReadString(), reader.ReadInt32(), (MueAdjudicationIndicator)reader.ReadByte(), reader.ReadString(), reader.ReadString());
        }

        return new MueTable(entries);
    }
}
