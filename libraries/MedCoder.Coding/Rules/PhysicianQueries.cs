using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Clinical documentation queries: the note supports a diagnosis but not the specificity the code book asks
/// for (heart failure type/acuity, diabetes type, fracture laterality, respiratory failure acuity, sepsis organism).
/// </summary>
public static class PhysicianQueries
{
    public static IReadOnlyList<PhysicianQuery> For(IReadOnlyList<SuggestedCode> codes, Encounter encounter)
    {
        var queries = new List<PhysicianQuery>();
        foreach (var code in codes)
        {
            if (code.System != CodeSystems.Icd10Cm)
            {
                continue;
            }

            var c = code.Code;
            if (c == "I50.9")
            {
                queries.Add(new("heart-failure-specificity", "Heart failure is documented without its type (systolic, diastolic, combined) and acuity (acute, chronic, acute on chronic). Please clarify.", code.Evidence));
            }
            else if (c is "J96.90" or "J96.91" or "J96.92")
            {
                queries.Add(new("respiratory-failure-acuity", "Respiratory failure is documented without acuity (acute, chronic, acute and chronic). Please clarify.", code.Evidence));
            }
            else if (c == "A41.9")
            {
                queries.Add(new("sepsis-organism", "Sepsis is documented without the causative organism. Is an organism identified or suspected?", code.Evidence));
            }
            else if (c.StartsWith("E11", StringComparison.Ordinal) && !EvidenceNamesType(code, encounter))
            {
                queries.Add(new("diabetes-type", "Diabetes mellitus is documented without its type (type 1, type 2, secondary). Type 2 is assigned by default; please clarify.", code.Evidence));
            }
            else if (c[0] == 'S' && code.Description.Contains("fracture", StringComparison.OrdinalIgnoreCase)
                && code.Description.Contains("unspecified", StringComparison.OrdinalIgnoreCase)
                && !code.Description.Contains("right", StringComparison.OrdinalIgnoreCase) && !code.Description.Contains("left", StringComparison.OrdinalIgnoreCase))
            {
                queries.Add(new("fracture-laterality", "A fracture is documented without laterality (right, left). Please clarify the side.", code.Evidence));
            }
        }

        return queries;
    }

    private static bool EvidenceNamesType(SuggestedCode code, Encounter encounter)
    {
        foreach (var span in code.Evidence)
        {
            var text = encounter.Notes[span.NoteIndex].Text.AsSpan(span.Start, span.End - span.Start);
            if (text.Contains("type", StringComparison.OrdinalIgnoreCase) || text.Contains('2') || text.Contains('1')
                || text.Contains("II", StringComparison.Ordinal) || text.Contains("NIDDM", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
