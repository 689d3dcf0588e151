using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>
/// Unique tests ordered or reviewed (CPT: each unique test, by CPT code, counts once; ordering includes reviewing the
/// result). A test counts when its sentence says it was ordered, obtained, reviewed or resulted, and it is not negated.
/// Specific entries come before general ones ("chest x-ray" before "x-ray") so one mention is one test; short
/// abbreviations that are also words ("UA", "CT") must be upper case.
/// </summary>
public static partial class UniqueTests
{
    private static readonly (string Test, string Pattern)[] Catalog =
    [
        ("CBC", "CBC|complete blood count"),
        ("BMP", "BMP|basic metabolic panel|chem[- ]?7"),
        ("CMP", "CMP|comprehensive metabolic panel"),
        ("troponin", "troponins?"),
        ("lipase", "lipase"),
        ("lactate", "lactate|lactic acid"),
        ("blood culture", "blood cultures?"),
        ("urine culture", "urine cultures?"),
        ("urinalysis", "urinalysis|(?-i:UA)"),
        ("hemoglobin A1c", "(?:hemoglobin |Hb)?A1c"),
        ("lipid panel", "lipid panel"),
        ("TSH", "TSH"),
        ("INR", "(?:PT/)?INR"),
        ("BNP", "(?:NT-pro)?BNP"),
        ("D-dimer", "D-dimer"),
        ("procalcitonin", "procalcitonin"),
        ("liver function tests", "LFTs|liver function tests"),
        ("blood gas", "ABG|VBG|blood gas"),
        ("strep test", "(?:rapid )?strep test"),
        ("ECG", "ECG|EKG|electrocardiogram"),
        ("chest x-ray", "chest x-?ray|CXR|chest radiograph"),
        ("x-ray", "x-?rays?|radiographs?"),
        ("CT", "(?-i:CT)|computed tomography"),
        ("MRI", "MRI"),
        ("ultrasound", "ultrasound|sonogram"),
        ("echocardiogram", "echocardiogram|echo"),
    ];

    private static readonly Regex Tests = new(
        @"\b(?:" + string.Join("|", Catalog.Select((t, i) => $"(?<t{i}>{t.Pattern})")) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>One span per unique test (its first counted mention).</summary>
    public static IReadOnlyList<EvidenceSpan> In(string text, int noteIndex)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<EvidenceSpan>();
        foreach (var sentence in Sentence().EnumerateMatches(text))
        {
            // Most sentences name no test: that check first, on the note itself (no substring per sentence).
            var words = text.AsSpan(sentence.Index, sentence.Length);
            if (!Tests.IsMatch(words) || !Activity().IsMatch(words) || NotDone().IsMatch(words))
            {
                continue;
            }

            foreach (Match test in Tests.Matches(text[sentence.Index..(sentence.Index + sentence.Length)]))
            {
                var at = sentence.Index + test.Index;
                if (NoteCues.IsAsserted(text, at) && seen.Add(NameOf(test)))
                {
                    spans.Add(new EvidenceSpan(noteIndex, at, at + test.Length));
                }
            }
        }

        return spans;
    }

    private static string NameOf(Match test)
    {
        for (var i = 0; i < Catalog.Length; i++)
        {
            if (test.Groups[$"t{i}"].Success)
            {
                return Catalog[i].Test;
            }
        }

        return test.Value;
    }

    [GeneratedRegex(@"[^.;\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:order\w*|review\w*|obtain\w*|results?|resulted|show\w*|reveal\w*|demonstrat\w*|pending|sent|drawn|check\w*|normal|unremarkable|negative|positive|elevated|notable|WNL)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Activity();

    [GeneratedRegex(@"\b(?:not (?:indicated|needed|ordered|obtained|done)|deferred|declined|refused)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDone();
}
