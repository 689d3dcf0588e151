using System.Collections.Frozen;
using System.Text.RegularExpressions;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A disc disorder with radiculopathy is one code by region ("L4-5 disc herniation with right L5 radiculopathy" is M51.16,
/// "intervertebral disc disorders with radiculopathy, lumbar region"; C5-C6 is M50.122), not the radiculopathy (M54.1-)
/// and the displacement (M51.2-) apart: the Index's "Sciatica, due to intervertebral disc disorder" and "Radiculopathy,
/// due to disc displacement" lead to it. The region comes from the disc level the sentence names, else its region word,
/// else the radiculopathy's or the disc's code. A disc word that is negated, or uncertain outside an inpatient stay (IV.H:
/// "sciatica, probable L5-S1 herniation" is the sciatica alone), joins nothing. Claim purpose only.
/// </summary>
public static partial class DiscRadiculopathy
{
    private const double StatedCombination = 0.8;

    private static readonly FrozenSet<string> DiscWords = WordForms.NormalizedSet(
        "disc", "disk", "discs", "disks", "herniation", "herniated", "hnp", "protrusion", "extrusion", "bulge", "bulging", "discogenic");

    private static readonly FrozenSet<string> RootWords = WordForms.NormalizedSet("radiculopathy", "radicular", "radiculitis", "sciatica");

    public static void Apply(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, CareSetting setting, List<Candidate> candidates, Func<string, bool> billable)
    {
        var notAsserted = setting == CareSetting.Inpatient ? ContextFlags.Negated : ContextFlags.Negated | ContextFlags.Uncertain;
        // Each part is read as the combination; the sentence's other part (the displacement beside the radiculopathy) folds into it.
        var stated = new HashSet<string>(StringComparer.Ordinal);
        Candidate.RecodeEach(candidates, c =>
        {
            if (c.System != CodeSystems.Icd10Cm || !IsPart(c.Code) || Combined(notes, notAsserted, c) is not { } code || !billable(code))
            {
                return null;
            }

            if (c.FinalStatement)
            {
                stated.Add(code);
            }

            return code;
        }, "combination:disc-radiculopathy");

        // "Radiculopathy" alone is a site-unspecified code below a coder's look; with its disc and region it is the stated condition.
        foreach (var combined in candidates.Where(c => c.System == CodeSystems.Icd10Cm && stated.Contains(c.Code)))
        {
            combined.Confidence = Math.Max(combined.Confidence, StatedCombination);
        }
    }

    /// <summary>Radiculopathy and sciatica (M54.1-, M54.3-, M54.4-), and the disc's displacement, degeneration or unspecified disorder.</summary>
    private static bool IsPart(string code) =>
        code.StartsWith("M541", StringComparison.Ordinal) || code.StartsWith("M543", StringComparison.Ordinal) || code.StartsWith("M544", StringComparison.Ordinal)
        || (code.StartsWith("M51", StringComparison.Ordinal) && code.Length > 3 && code[3] is '2' or '3' or '9')
        || (code.StartsWith("M50", StringComparison.Ordinal) && code.Length > 3 && code[3] is '2' or '3' or '9');

    private static string? Combined(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, ContextFlags notAsserted, Candidate c)
    {
        foreach (var span in c.Evidence)
        {
            if (span.NoteIndex >= notes.Count)
            {
                continue;
            }

            var (note, flags) = notes[span.NoteIndex];
            if (note.SentenceAt(span.Start) is not { } sentence)
            {
                continue;
            }

            var (disc, root) = (false, false);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                disc |= DiscWords.Contains(note.Tokens[t].Word) && (flags[t] & notAsserted) == 0;
                root |= RootWords.Contains(note.Tokens[t].Word);
            }

            if (disc && root && (FromLevel(note.Text[sentence.Start..sentence.End]) ?? FromWords(note, sentence) ?? FromCode(c.Code)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The disc level written "L4-5", "L4-L5", "L5-S1", "C5-C6", "T12-L1".</summary>
    private static string? FromLevel(string text)
    {
        foreach (Match level in Level().Matches(text))
        {
            var (upper, number) = (char.ToUpperInvariant(level.Groups[1].Value[0]), int.Parse(level.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            var lower = level.Groups[3].Value is [var letter] ? char.ToUpperInvariant(letter) : upper;
            var code = RegionOf(upper, lower) is "cervical"
                ? number switch { <= 3 => "M5011", 4 => "M50121", 5 => "M50122", 6 => "M50123", _ => null }
                : CombinationIn(RegionOf(upper, lower));
            if (code is not null)
            {
                return code;
            }
        }

        return null;
    }

    private static string? FromWords(ReadNote note, NoteSentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (CombinationIn(note.Tokens[t].Word) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The region the part's own code has (M54.16, M51.26: lumbar); none for a site-unspecified one.</summary>
    private static string? FromCode(string code) =>
        (code.StartsWith("M541", StringComparison.Ordinal) && code.Length == 5) || (code.StartsWith("M512", StringComparison.Ordinal) || code.StartsWith("M513", StringComparison.Ordinal)) && code.Length >= 5
            ? code[4] switch { '2' => "M5010", '3' => "M5013", '4' => "M5114", '5' => "M5115", '6' => "M5116", '7' => "M5117", _ => null }
            : null;

    /// <summary>
    /// The spine's region a sentence's disc level or nerve root names ("L4-L5", "L4 on L5" lumbar; "L5-S1", "S1" lumbosacral;
    /// "C5-C6" cervical; "T12-L1" thoracolumbar), as the code book's titles word it; null when it names none or several.
    /// </summary>
    public static string? RegionOf(string text) =>
        Agreed(Level().Matches(text).Select(level => char.ToUpperInvariant(level.Groups[1].Value[0]) is var upper
            ? RegionOf(upper, level.Groups[3].Value is [var letter] ? char.ToUpperInvariant(letter) : upper) : null))
        ?? Agreed(Root().Matches(text).Select(root => char.ToUpperInvariant(root.Groups[1].Value[0]) is var upper && upper == 'S'
            ? RegionOf('L', 'S') // an S root is the lumbosacral region's
            : RegionOf(upper, upper)));

    /// <summary>The region the levels name in turn; null when a later one names another (or none after one did).</summary>
    private static string? Agreed(IEnumerable<string?> regions)
    {
        string? found = null;
        foreach (var region in regions)
        {
            if (found is not null && region != found)
            {
                return null;
            }

            found = region;
        }

        return found;
    }

    /// <summary>The disc disorder with radiculopathy of a region the code book names ("lumbar" M51.16; "cervical" M50.10, any level).</summary>
    private static string? CombinationIn(string? region) => region switch
    {
        "lumbosacral" => "M5117",
        "lumbar" => "M5116",
        "thoracolumbar" => "M5115",
        "thoracic" => "M5114",
        "cervicothoracic" => "M5013",
        "cervical" => "M5010",
        _ => null,
    };

    private static string? RegionOf(char upper, char lower) => (upper, lower) switch
    {
        ('C', 'C') => "cervical",
        ('C', 'T') => "cervicothoracic",
        ('T', 'T') => "thoracic",
        ('T', 'L') => "thoracolumbar",
        ('L', 'L') => "lumbar",
        ('L', 'S') => "lumbosacral",
        _ => null,
    };

    [GeneratedRegex(@"\b([CTL])(\d{1,2})\s*(?:[-–/]|\bon\b)\s*([CTLS])?(\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    // A nerve root or vertebra written alone: "right L4 radiculopathy", "S1 nerve root".
    [GeneratedRegex(@"\b([CTLS])([1-9]|1[0-2])\b")]
    private static partial Regex Root();
}
