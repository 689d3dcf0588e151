using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>What every registered kind of code-set file offers; the kinds themselves are listed in SourceKind.cs.</summary>
public sealed partial class SourceKind
{
    private readonly Regex _path;
    private readonly Func<Match, (string Version, EffectivePeriod Period)> _date;
    private readonly Func<SourceFile, ParseContext, ICacheable>? _parse;
    private readonly Func<BinaryReader, ICacheable>? _read;
    private readonly Func<ICacheable, string>? _describe;

    private SourceKind(
        string name,
        int cacheId,
        string pathPattern,
        Func<Match, (string Version, EffectivePeriod Period)> date,
        Func<SourceFile, ParseContext, ICacheable>? parse,
        Func<BinaryReader, ICacheable>? read,
        Func<ICacheable, string>? describe,
        bool servesLaterEditions = false)
    {
        Name = name;
        ServesLaterEditions = servesLaterEditions;
        CacheId = cacheId;
        _path = new Regex(pathPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _date = date;
        _parse = parse;
        _read = read;
        _describe = describe;
    }

    /// <summary>Every registered kind, in the order paths are matched.</summary>
    public static IReadOnlyList<SourceKind> All => Registered.AsReadOnly();

    public string Name { get; }

    /// <summary>
    /// An ICD-10-CM companion that also serves the later editions that have none of their own: the Alphabetic Index,
    /// whose codes each edition reads through its own code set.
    /// </summary>
    public bool ServesLaterEditions { get; }

    /// <summary>The number the binary cache stores for this kind: its place in the registry.</summary>
    internal int CacheId { get; }

    public override string ToString() => Name;

    /// <summary>One line on what a table of this kind holds, for listings and import reports.</summary>
    public string Describe(ICacheable table) => _describe?.Invoke(table) ?? table.GetType().Name;

    internal static SourceKind FromCacheId(int cacheId) =>
        cacheId >= 0 && cacheId < Registered.Count
            ? Registered[cacheId]
            : throw new InvalidDataException($"The code-set cache holds a table of kind {cacheId} that this version cannot read");

    /// <summary>The file as a source of this kind, dated by its path; null when the path is not this kind's.</summary>
    internal SourceFile? Recognise(string path, string relativePath)
    {
        var match = _path.Match(relativePath);
        if (!match.Success)
        {
            return null;
        }

        var (version, period) = _date(match);
        return new SourceFile(this, path, relativePath, version, period);
    }

    /// <summary>The parsed table; null for a kind that is read together with another kind's file.</summary>
    internal ICacheable? Parse(SourceFile file, ParseContext context) => _parse?.Invoke(file, context);

    internal ICacheable Read(BinaryReader reader) =>
        _read is { } read ? read(reader) : throw new InvalidDataException($"The code-set cache holds a table of kind {Name}, which is never cached");

    private static SourceKind Table<T>(
        string name,
        string pathPattern,
        Func<Match, (string Version, EffectivePeriod Period)> date,
        Func<SourceFile, ParseContext, T> parse,
        Func<BinaryReader, T> read,
        Func<T, string> describe,
        bool servesLaterEditions = false)
        where T : class, ICacheable =>
        Register(new SourceKind(name, Registered.Count, pathPattern, date, (file, context) => parse(file, context), reader => read(reader), table => describe((T)table), servesLaterEditions));

    private static SourceKind ReadWithAnother(string name, string pathPattern, Func<Match, (string Version, EffectivePeriod Period)> date) =>
        Register(new SourceKind(name, Registered.Count, pathPattern, date, parse: null, read: null, describe: null));

    private static SourceKind Register(SourceKind kind)
    {
        Registered.Add(kind);
        return kind;
    }

    private static Func<Match, (string, EffectivePeriod)> FiscalYear(string system) =>
        m => ($"{system} FY{m.Groups[1].Value}", EffectivePeriod.FiscalYear(Number(m, 1)));

    private static (string, EffectivePeriod) Quarter(string system, int year, int month) =>
        (string.Create(CultureInfo.InvariantCulture, $"{system} {year}Q{((month - 1) / 3) + 1}"), EffectivePeriod.QuarterStarting(year, month));

    /// <summary>Separates a release's version from a part number ("NCCI PTP practitioner 2024Q3 part 2").</summary>
    internal const string PartSeparator = " part ";

    /// <summary>
    /// A PTP quarter from a derived name (year, quarter) or CMS's version number: v{VV}{Q} is NCCI version VV.Q, and
    /// version 30 is 2024 (quarters .0 to .3 start in January, April, July, October). A later part is its own version.
    /// </summary>
    private static Func<Match, (string, EffectivePeriod)> PtpQuarter(string system) => m =>
    {
        var (year, month) = m.Groups["year"].Success
            ? (Number(m, "year"), (Number(m, "quarter") * 3) - 2)
            : (1994 + Number(m, "ncci"), (Number(m, "q") * 3) + 1);
        var (version, period) = Quarter(system, year, month);
        return (m.Groups["part"].Success ? version + PartSeparator + m.Groups["part"].Value : version, period);
    };

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}");
}
