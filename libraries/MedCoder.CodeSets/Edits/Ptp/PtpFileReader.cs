using System.Globalization;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Edits.Ptp;

/// <summary>
/// Reads NCCI PTP edits in either layout:
/// <list type="bullet">
/// <item>the derived TSV (header <c>column1 column2 deletion_date modifier_indicator rationale</c>, dates yyyy-MM-dd,
/// no effective date), as shipped in <c>data/ncci/</c>;</item>
/// <item>CMS's quarterly TXT files (<c>ccipra-v302r0-f1.txt</c> ... <c>-f4.txt</c>, <c>ccioph-...</c>): a few lines of
/// notice and column titles, then tab-separated rows: column 1, column 2, "*" when in existence before 1996,
/// effective date yyyyMMdd, deletion date yyyyMMdd or "*", modifier indicator, rationale. A release is split over
/// several files, read here as one table.</item>
/// </list>
/// Rows deleted on or before the first day of the release's quarter can never apply to a date it is used for and are
/// not kept.
/// </summary>
public static class PtpFileReader
{
    private const string DerivedHeader = "column1\tcolumn2\tdeletion_date\tmodifier_indicator\trationale";
    private const int MaxNoticeLines = 40;

    public static PtpEditTable Load(IReadOnlyList<string> paths, EffectivePeriod period)
    {
        var rows = new Builder(period.From);
        foreach (var path in paths)
        {
            Read(path, rows);
        }

        return rows.Build();
    }

    private static void Read(string path, Builder rows)
    {
        var official = false;
        var started = false;
        foreach (var (number, text) in DataFile.Lines(path))
        {
            if (number == 1 && text.TrimEnd() == DerivedHeader)
            {
                continue;
            }

            if (number == 1)
            {
                official = true;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split('\t');
            if (official && !started)
            {
                // CMS's notice and column titles come before the first row; the first row is the first line that reads as one.
                if (!LooksLikeOfficialRow(fields))
                {
                    if (number > MaxNoticeLines)
                    {
                        throw new CodeSetFormatException(path, number, "no NCCI PTP row (column 1, column 2, *, effective date, deletion date, modifier, rationale) in the first lines");
                    }

                    continue;
                }

                started = true;
            }

            rows.Add(official ? Official(fields, path, number) : Derived(fields, path, number), path, number);
        }

        if (official && !started)
        {
            throw new CodeSetFormatException(path, 1, "no NCCI PTP row found");
        }
    }

    private static bool LooksLikeOfficialRow(string[] fields) =>
        fields.Length >= 6 && PtpCodeKey.TryPack(fields[0].Trim(), out _) && PtpCodeKey.TryPack(fields[1].Trim(), out _) && fields[3].Trim().Length == 8;

    private static PtpEdit Derived(string[] fields, string path, int line)
    {
        if (fields.Length != 5)
        {
            throw new CodeSetFormatException(path, line, $"{fields.Length} tab-separated fields, expected 5 ({DerivedHeader.Replace('\t', ' ')})");
        }

        return new PtpEdit(Code(fields[0], path, line), Code(fields[1], path, line), null, Date(fields[2], "yyyy-MM-dd", path, line), Indicator(fields[3], path, line), fields[4].Trim());
    }

    private static PtpEdit Official(string[] fields, string path, int line)
    {
        if (fields.Length < 7)
        {
            throw new CodeSetFormatException(path, line, $"{fields.Length} tab-separated fields, expected 7 (column 1, column 2, *, effective date, deletion date, modifier, rationale)");
        }

        var effective = Date(fields[3], "yyyyMMdd", path, line) ?? throw new CodeSetFormatException(path, line, "the effective date is missing");
        return new PtpEdit(Code(fields[0], path, line), Code(fields[1], path, line), effective, Date(fields[4], "yyyyMMdd", path, line), Indicator(fields[5], path, line), fields[6].Trim());
    }

    private static string Code(string field, string path, int line)
    {
        var code = field.Trim().ToUpperInvariant();
        return PtpCodeKey.TryPack(code, out _) ? code : throw new CodeSetFormatException(path, line, $"'{code}' is not a 5-character HCPCS/CPT code");
    }

    /// <summary>Blank or "*" is CMS's "no date".</summary>
    private static DateOnly? Date(string field, string format, string path, int line)
    {
        var text = field.Trim();
        if (text is "" or "*")
        {
            return null;
        }

        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CodeSetFormatException(path, line, $"'{text}' is not a {format} date");
    }

    private static PtpModifierIndicator Indicator(string field, string path, int line) => field.Trim() switch
    {
        "0" => PtpModifierIndicator.NotAllowed,
        "1" => PtpModifierIndicator.Allowed,
        "9" => PtpModifierIndicator.NotApplicable,
        var other => throw new CodeSetFormatException(path, line, $"modifier indicator '{other}' is not 0, 1 or 9"),
    };

    private sealed class Builder(DateOnly releaseStart)
    {
        private readonly List<long> _pairs = new(1 << 21);
        private readonly List<byte> _indicators = new(1 << 21);
        private readonly List<byte> _rationales = new(1 << 21);
        private readonly List<int> _effective = new(1 << 21);
        private readonly List<int> _deleted = new(1 << 21);
        private readonly Dictionary<string, byte> _texts = new(StringComparer.Ordinal);

        public void Add(PtpEdit edit, string path, int line)
        {
            if (edit.DeletionDate is { } deleted && deleted <= releaseStart)
            {
                return;
            }

            if (!_texts.TryGetValue(edit.Rationale, out var text))
            {
                if (_texts.Count == byte.MaxValue)
                {
                    throw new CodeSetFormatException(path, line, "more than 255 distinct rationales");
                }

                text = (byte)_texts.Count;
                _texts.Add(edit.Rationale, text);
            }

            PtpCodeKey.TryPack(edit.Column1, out var first);
            PtpCodeKey.TryPack(edit.Column2, out var second);
            _pairs.Add(PtpCodeKey.Pair(first, second));
            _indicators.Add((byte)edit.ModifierIndicator);
            _rationales.Add(text);
            _effective.Add(PtpEditTable.DayNumberOf(edit.EffectiveDate));
            _deleted.Add(PtpEditTable.DayNumberOf(edit.DeletionDate));
        }

        /// <summary>Sorted by pair (stable, so a pair's rows keep file order) for binary search.</summary>
        public PtpEditTable Build()
        {
            var order = Enumerable.Range(0, _pairs.Count).ToArray();
            var pairs = _pairs.ToArray();
            if (!IsSorted(pairs))
            {
                Array.Sort(order, (a, b) => pairs[a] != pairs[b] ? pairs[a].CompareTo(pairs[b]) : a.CompareTo(b));
            }

            return new PtpEditTable(
                [.. order.Select(i => pairs[i])], [.. order.Select(i => _indicators[i])], [.. order.Select(i => _rationales[i])],
                PtpEditTable.DatesOrNull([.. order.Select(i => _effective[i])]), PtpEditTable.DatesOrNull([.. order.Select(i => _deleted[i])]),
                [.. _texts.OrderBy(t => t.Value).Select(t => t.Key)]);
        }

        private static bool IsSorted(long[] pairs)
        {
            for (var i = 1; i < pairs.Length; i++)
            {
                if (pairs[i] < pairs[i - 1])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
