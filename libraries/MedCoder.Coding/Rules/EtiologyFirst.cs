using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// The tabular list's sequencing notes over a claim's diagnoses (Guidelines I.A.13, I.B.7): a code whose "use additional
/// code" note names another coded diagnosis goes before it (I11.0 before I50.-), and so does a code another's "code first"
/// note names (E11.22 before N18.-); "code first underlying infection" puts a coded infection (A00–B99) first (A41.9
/// before R65.20). Only codes sure enough to be suggested are moved, and never ahead of the encounter's reason.
/// </summary>
public static class EtiologyFirst
{
    /// <summary>Reorders <paramref name="sequence"/> in place; <paramref name="notes"/> gives a code's (use additional, code first) references.</summary>
    public static void Apply(List<Candidate> sequence, Func<Candidate, bool> emitted, Func<string, SequencingNotes> notes)
    {
        var moves = 0;
        for (var i = 0; i < sequence.Count && moves < sequence.Count; i++)
        {
            var later = sequence[i];
            if (later.System != CodeSystems.Icd10Cm || !emitted(later))
            {
                continue;
            }

            for (var j = i + 1; j < sequence.Count; j++)
            {
                var earlier = sequence[j];
                if (earlier.System == CodeSystems.Icd10Cm && emitted(earlier) && earlier.Precedence <= later.Precedence && Precedes(earlier.Code, later.Code, notes))
                {
                    sequence.RemoveAt(j);
                    sequence.Insert(i, earlier);
                    moves++;
                    i--; // look again at the code now in this place
                    break;
                }
            }
        }
    }

    private static bool Precedes(string etiology, string manifestation, Func<string, SequencingNotes> notes)
    {
        if (etiology[..3] == manifestation[..3])
        {
            return false;
        }

        var (useAdditional, codeFirst, firstInfection) = notes(manifestation);
        return Names(notes(etiology).UseAdditional, manifestation) || Names(codeFirst, etiology)
            || (firstInfection && etiology[0] is 'A' or 'B');
    }

    private static bool Names(IReadOnlyList<NoteCodeRange> references, string code) => references.Any(r => r.Contains(code));
}

/// <summary>What a code's sequencing notes name: "use additional code" references, "code first" references, and whether it says to code an underlying infection first.</summary>
public readonly record struct SequencingNotes(IReadOnlyList<NoteCodeRange> UseAdditional, IReadOnlyList<NoteCodeRange> CodeFirst, bool FirstInfection);
