using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// The tabular list's sequencing notes over a claim's diagnoses (Guidelines I.A.13, I.B.7): a code whose "use additional
/// code" note names another coded diagnosis goes before it (I11.0 before I50.-), and so does a code another's "code first"
/// note names (E11.22 before N18.-); "code first underlying infection" puts a coded infection (A00–B99) first (A41.9
/// before R65.20). Only codes sure enough to be suggested are moved, and never ahead of the encounter's reason. A
/// manifestation whose note says "code first the underlying condition" without naming it (F05 delirium due to a known
/// physiological condition) is not listed first while another condition is coded (I.A.13, etiology/manifestation
/// convention): the condition after it goes before it.
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

        ManifestationNotFirst(sequence, emitted, notes);
    }

    private static void ManifestationNotFirst(List<Candidate> sequence, Func<Candidate, bool> emitted, Func<string, SequencingNotes> notes)
    {
        bool Condition(Candidate c) => c.System == CodeSystems.Icd10Cm && emitted(c) && c.Precedence == Candidate.DefaultPrecedence;
        var first = sequence.FindIndex(c => c.System == CodeSystems.Icd10Cm && emitted(c));
        if (first < 0 || !Condition(sequence[first]) || !notes(sequence[first].Code).FirstUnderlying)
        {
            return;
        }

        var underlying = sequence.FindIndex(first + 1, c => Condition(c) && c.Code[0] != 'R' && !notes(c.Code).FirstUnderlying);
        if (underlying > first)
        {
            var condition = sequence[underlying];
            sequence.RemoveAt(underlying);
            sequence.Insert(first, condition);
        }
    }

    private static bool Precedes(string etiology, string manifestation, Func<string, SequencingNotes> notes)
    {
        if (etiology[..3] == manifestation[..3])
        {
            return false;
        }

        // T36–T50's "code first, for adverse effects, the nature of the adverse effect" is for adverse effects only: a
        // poisoning (6th character 1–4) is listed before its manifestations (I.C.19.e.5.b).
        var (_, codeFirst, firstInfection, _) = notes(manifestation);
        var poisoning = manifestation is ['T', '3' or '4' or '5', _, _, _, >= '1' and <= '4', ..];
        return Names(notes(etiology).UseAdditional, manifestation) || (!poisoning && Names(codeFirst, etiology))
            || (firstInfection && etiology[0] is 'A' or 'B');
    }

    private static bool Names(IReadOnlyList<NoteCodeRange> references, string code) => references.Any(r => r.Contains(code));
}

/// <summary>
/// What a code's sequencing notes name: "use additional code" references, "code first" references, whether it says to
/// code an underlying infection first, and whether it says to code an underlying condition first (a manifestation).
/// </summary>
public readonly record struct SequencingNotes(IReadOnlyList<NoteCodeRange> UseAdditional, IReadOnlyList<NoteCodeRange> CodeFirst, bool FirstInfection, bool FirstUnderlying);
