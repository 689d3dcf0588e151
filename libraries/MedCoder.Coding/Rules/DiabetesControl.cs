using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Diabetes described as poorly controlled, inadequately controlled or out of control is coded by type with
/// hyperglycemia (ICD-10-CM Index: "Diabetes, poorly controlled — code to Diabetes, by type, with hyperglycemia";
/// Guidelines I.C.4.a). "Uncontrolled" is left alone: the Index sends it to hyper- or hypoglycemia by meaning.
/// Claim purpose only.
/// </summary>
public static class DiabetesControl
{
    private static readonly string[] PoorControl = ["poorly controlled", "poor control", "inadequately controlled", "out of control", "suboptimally controlled", "not well controlled"];

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.System != CodeSystems.Icd10Cm || c.Code is not ['E', '0' or '1', '8' or '9' or '0' or '1' or '3', '9'] || !IsDiabetes(c.Code))
            {
                continue;
            }

            var hyperglycemia = c.Code[..3] + "65";
            if (!billable(hyperglycemia) || !c.Evidence.Exists(e => SaysPoorControl(notes, e)))
            {
                continue;
            }

            if (candidates.Exists(d => d.System == CodeSystems.Icd10Cm && d.Code == hyperglycemia))
            {
                candidates.RemoveAt(i--);
                continue;
            }

            c.Code = hyperglycemia;
            c.Rule = "guideline:I.C.4.a-poor-control";
        }
    }

    private static bool IsDiabetes(string code) => code.StartsWith("E08", StringComparison.Ordinal) || code.StartsWith("E09", StringComparison.Ordinal)
        || code.StartsWith("E10", StringComparison.Ordinal) || code.StartsWith("E11", StringComparison.Ordinal) || code.StartsWith("E13", StringComparison.Ordinal);

    private static bool SaysPoorControl(IReadOnlyList<ReadNote> notes, EvidenceSpan span)
    {
        if (EvidenceSentences.Of(notes, span) is not (var note, var s))
        {
            return false;
        }

        var text = note.Text.AsSpan(s.Start, s.End - s.Start);
        foreach (var phrase in PoorControl)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
