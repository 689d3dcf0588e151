using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Header codes are never final: each code of an edition is mapped once, at construction, to its most
/// plausible billable descendant when the note gives no more detail — the "unspecified" child
/// ("Heart failure, unspecified", "Unspecified fracture of ...", FY2026's "Pelvic and perineal pain unspecified side"), else a ".9" child that is not "Other",
/// else the one child that adds an "unspecified" (C34.9 → C34.90; a fracture's displaced one), else the female's of a site
/// split by sex (C50.9- → C50.91-), else the only child; for injuries the "initial encounter" 7th character (A). Codes with no such
/// descendant map to nothing and are dropped.
/// </summary>
public sealed class CodeHierarchy
{
    private readonly FrozenDictionary<string, string> _defaultBillable;
    private readonly FrozenDictionary<string, string> _otherSex;

    public CodeHierarchy(Icd10CmEdition edition)
    {
        Release = edition.Codes;
        _otherSex = SexPairs(edition.Codes).ToFrozenDictionary(StringComparer.Ordinal);
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

    /// <summary>
    /// The same condition's code for the other sex where the code book splits a site by it ("... of right female breast"
    /// C50.411, "... of right male breast" C50.421); null for every other code.
    /// </summary>
    public string? OtherSex(string code) => _otherSex.GetValueOrDefault(Icd10CmFormat.WithoutDot(code).ToUpperInvariant());

    /// <summary>Whether a code's title names the female of a pair the code book splits by sex.</summary>
    public bool IsFemaleOfPair(string code) =>
        OtherSex(code) is not null && Release.Find(Icd10CmFormat.WithoutDot(code))?.LongDescription is { } title && TitleHasWord(title, "female");

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
            ?? children.FirstOrDefault(child => IsUnspecified(child) && SharesConditionWord(child, found.LongDescription));

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

        // The one child that leaves one more thing unspecified than its header: "Malignant neoplasm of unspecified part of
        // bronchus or lung" (C34.9) is C34.90 "... of unspecified part of unspecified bronchus or lung", not the right or
        // left one. Two such children ("Anterior subluxation of unspecified humerus", "Anterior dislocation of ...") are a
        // choice, except a fracture's: one not said to be displaced or not is displaced (Guidelines I.C.19.c.1).
        pick ??= children.Where(child => Unspecifieds(Release.Find(child)?.LongDescription) > Unspecifieds(found.LongDescription)
            && Release.Find(child)?.LongDescription is { } title && !title.StartsWith("Other", StringComparison.Ordinal) && SharesConditionWord(child, found.LongDescription)
            && !title.StartsWith("Nondisplaced", StringComparison.Ordinal)).ToList() is [var only] ? only : null;

        // A site the code book splits by sex ("breast of unspecified site, female" / "..., male") is the female's when the note
        // says nothing more; the claim rules read the patient's sex (SexSpecificCodes).
        pick ??= children.FirstOrDefault(IsFemaleOfPair);
        pick ??= children.Count == 1 ? children[0] : null;
        return pick is null ? null : Resolve(pick, depth + 1);
    }

    // An unspecified child of another condition is no default: "Adverse effects, not elsewhere classified" (T78) is not
    // T78.2 "Anaphylactic shock, unspecified".
    private bool SharesConditionWord(string child, string header)
    {
        var words = Reading.WordForms.ContentWords(header);
        return Reading.WordForms.ContentWords(Release.Find(child)?.LongDescription ?? string.Empty).Exists(w => w != "unspecified" && words.Contains(w));
    }

    private static IEnumerable<KeyValuePair<string, string>> SexPairs(Icd10CmRelease release)
    {
        var byTitle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in release.Codes)
        {
            if (code.LongDescription is { } title)
            {
                byTitle.TryAdd(title, code.Code);
            }
        }

        foreach (var code in release.Codes)
        {
            if (code.LongDescription is { } title && TitleHasWord(title, "female")
                && byTitle.TryGetValue(ReplaceWord(title, "female", "male"), out var male) && male != code.Code && male[..3] == code.Code[..3])
            {
                yield return new(code.Code, male);
                yield return new(male, code.Code);
            }
        }
    }

    private static int Unspecifieds(string? title) =>
        title is null ? 0 : title.Split(' ', ',').Count(w => w.Equals("unspecified", StringComparison.OrdinalIgnoreCase) || w.Equals("unsp", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a code's title has the word, whole ("right" in "... of right lower limb", not in "upright").</summary>
    public static bool TitleHasWord(string? title, string word) =>
        title is not null && title.Split(' ', ',', '(', ')').Contains(word, StringComparer.OrdinalIgnoreCase);

    private static string ReplaceWord(string text, string word, string replacement) =>
        string.Join(' ', text.Split(' ').Select(w => w == word ? replacement : w.TrimEnd(',') == word ? replacement + "," : w));
}
