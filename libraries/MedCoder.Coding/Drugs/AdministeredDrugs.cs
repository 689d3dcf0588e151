using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Drugs;

/// <summary>
/// Finds drugs given during the encounter ("dexamethasone 10 mg IV", "ceftriaxone 1 g IV given") and their
/// HCPCS code with billing units = documented dose ÷ the code's dose, rounded up (a partial unit bills as one).
/// A dose counts only with an administration route or verb in the same sentence: home medications are not billed.
/// </summary>
public static partial class AdministeredDrugs
{
    private const string Rule = "drug-dose";
    private const double Confidence = 0.8;

    public static IEnumerable<SuggestedCode> Find(string text, int noteIndex, HcpcsDrugCatalog catalog)
    {
        List<SuggestedCode>? found = null;
        foreach (var sentence in Sentence().EnumerateMatches(text))
        {
            // A dose has a number: most sentences have none, and looking for one is far cheaper than the regexes.
            var span = text.AsSpan(sentence.Index, sentence.Length);
            if (!ContainsDigit(span) || !Route().IsMatch(span) || Negated().IsMatch(span))
            {
                continue;
            }

            foreach (Match dose in Dose().Matches(span.ToString()))
            {
                var amount = HcpcsDrugCatalog.ToCodeMeasure(double.Parse(dose.Groups["amount"].Value, CultureInfo.InvariantCulture), dose.Groups["unit"].Value, out var measure);
                if (catalog.Find(dose.Groups["drug"].Value, measure) is not { } code || amount <= 0)
                {
                    continue;
                }

                var units = (int)Math.Ceiling((amount / code.DosePerUnit) - 1e-9);
                var start = sentence.Index + dose.Index;
                (found ??= []).Add(new SuggestedCode(CodeSystems.Hcpcs, code.Code, code.Description, Confidence, [new EvidenceSpan(noteIndex, start, start + dose.Length)], Rule, units));
            }
        }

        return found ?? [];
    }

    /// <summary>Whether the text has a character the regexes' \d matches (any Unicode decimal digit).</summary>
    private static bool ContainsDigit(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        if (System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[^.;\n]+(?:\.\d[^.;\n]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"(?<drug>[A-Za-z][A-Za-z-]{3,})\s+(?<amount>\d+(?:\.\d+)?)\s*(?<unit>mg|mcg|g|units?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dose();

    [GeneratedRegex(@"\b(IV|IM|IVPB|intravenous(ly)?|intramuscular(ly)?|subcutaneous(ly)?|SC|SQ|inject(ed|ion)|given|administered|infused|bolus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Route();

    [GeneratedRegex(@"\b(hold|held|allerg\w*|refused|declined|if needed|PRN)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();
}
