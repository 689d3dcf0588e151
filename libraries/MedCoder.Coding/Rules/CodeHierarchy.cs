using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Header codes are never final: each code of an edition is mapped once, at construction, to its most
/// plausible billable descendant when the note gives no more detail — the "unspecified" child
/// ("Heart failure, unspecified", "Unspecified fracture of ...", FY2026's "Pelvic and perineal pain unspecified side"), else a ".9" child that is not "Other",
/// else the only child; for injuries the "initial encounter" 7th character (A). Codes with no such
/// descendant map to nothing and are dropped.
/// </summary>
public sealed class CodeHierarchy
{
    private readonly FrozenDictionary<string, string> _defaultBillable;

    public CodeHierarchy(Icd10CmEdition edition)
    {
        Release = edition.Codes;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Release.Codes)
        {
            if (Resolve(code.Code, 0) is { } billable)
            {
                map[code.Code] = billable;
            }
        }

        _defaultBillable = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Icd10CmRelease Release { get; }

    /// <summary>
    /// The billable code (no dot) a code stands for when nothing more is documented; null when none. A code written
    /// with its placeholders but without its 7th character ("W19.XXX", not itself in the code book) is the initial
    /// encounter (W19.XXXA).
    /// </summary>
    public string? DefaultBillable(string code)
    {
        var key = Icd10CmFormat.WithoutDot(code).ToUpperInvariant();
        return _defaultBillable.GetValueOrDefault(key)
            ?? (key.Length == 6 && Release.Find(key) is null && Release.Find(key + "A") is { Billable: true } initial ? initial.Code : null);
    }

    /// <summary>The same code with another 7th character, when that code exists and is billable (S52.501A → S52.501D).</summary>
    public string? WithSeventh(string code, char seventh)
    {
        if (code.Length != 7 || code[6] == seventh)
        {
            return null;
        }

        var other = string.Concat(code.AsSpan(0, 6), seventh.ToString());
        return Release.Find(other) is { Billable: true } ? other : null;
    }

    private bool IsUnspecified(string code) =>
        Release.Find(code)?.LongDescription is { } description
        && (description.StartsWith("Unspecified", StringComparison.Ordinal) || description.Contains(", unspecified", StringComparison.Ordinal)
            || description.EndsWith(" unspecified side", StringComparison.Ordinal));

    private string? Resolve(string code, int depth)
    {
        var found = Release.Find(code);
        if (found is null || depth > 5)
        {
            return null;
        }

        if (found.Billable)
        {
            return found.Code;
        }

        var children = Release.Children(code);
        if (children.Count == 0)
        {
            return null;
        }

        string? pick = null;
        foreach (var child in children)
        {
            if (child.Length == 7 && child[6] == 'A')
            {
                pick = child;
                break;
            }
        }

        // A condition with no complication named is its "uncomplicated" child: "Alcohol dependence" (F10.2) is F10.20
        // "Alcohol dependence, uncomplicated", not F10.29 "... with unspecified alcohol-induced disorder".
        pick ??= children.FirstOrDefault(child => string.Equals(Release.Find(child)?.LongDescription, found.LongDescription + ", uncomplicated", StringComparison.OrdinalIgnoreCase));

        // The unspecified child that repeats the header's own words first: "Heart failure" (I50) is I50.9 "Heart
        // failure, unspecified", not I50.1 "Left ventricular failure, unspecified".
        pick ??= children.FirstOrDefault(child => IsUnspecified(child) && (Release.Find(child)?.LongDescription ?? string.Empty).StartsWith(found.LongDescription, StringComparison.OrdinalIgnoreCase))
            ?? children.FirstOrDefault(IsUnspecified);

        if (pick is null)
        {
            foreach (var child in children)
            {
                var description = Release.Find(child)?.LongDescription ?? string.Empty;
                if (child[^1] == '9' && !description.StartsWith("Other", StringComparison.Ordinal))
                {
                    pick = child;
                    break;
                }
            }
        }

        pick ??= children.Count == 1 ? children[0] : null;
        return pick is null ? null : Resolve(pick, depth + 1);
    }
}
