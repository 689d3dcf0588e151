using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// The tabular list's sequencing notes over a claim's diagnoses (Guidelines I.A.13, I.B.7): a code whose "use additional
/// code" note names another coded diagnosis goes before it (I11.0 before I50.-), and so does a code another's "code first"
/// note names (E11.22 before N18.-); "code first underlying infection" puts a coded infection (A00–B99) first (A41.9
/// before R65.20). Only codes sure enough to be suggested are moved, and never ahead of the encounter's reason.
/// </summary>
public static partial class EtiologyFirst
{
    /// <summary>A code, a code with a dash, or a range of them as the notes write references: "(I50.-)", "(N18.1-N18.6)", "E11.22".</summary>
    [GeneratedRegex(@"\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\s*-\s*([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?))?", RegexOptions.CultureInvariant)]
    private static partial Regex CodeReference();

    /// <summary>The code references of a note's text as (from, to) prefixes without dots; a single code is a range of one.</summary>
    public static IReadOnlyList<(string From, string To)> References(string noteText) =>
        [.. CodeReference().Matches(noteText).Select(m => (Plain(m.Groups[1].Value), m.Groups[2].Success ? Plain(m.Groups[2].Value) : Plain(m.Groups[1].Value)))];

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

    private static bool Names(IReadOnlyList<(string From, string To)> references, string code)
    {
        foreach (var (from, to) in references)
        {
            if (code.StartsWith(from, StringComparison.Ordinal) || code.StartsWith(to, StringComparison.Ordinal)
                || (from != to && string.CompareOrdinal(code, from) >= 0 && string.CompareOrdinal(code[..Math.Min(code.Length, to.Length)], to) <= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static string Plain(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal);
}

/// <summary>What a code's sequencing notes name: "use additional code" references, "code first" references, and whether it says to code an underlying infection first.</summary>
public readonly record struct SequencingNotes(IReadOnlyList<(string From, string To)> UseAdditional, IReadOnlyList<(string From, string To)> CodeFirst, bool FirstInfection);
