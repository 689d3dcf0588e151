using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A delivery during this admission (Guidelines I.C.15.b.4–5): the mother's record carries the outcome of delivery (Z37.-)
/// and O80 only when nothing else of chapter 15 is coded (I.C.15.b.4: "O80 ... is not to be used if any other code from
/// chapter 15 is needed"). Conditions complicating it take their "childbirth" codes (<see cref="Pregnancy"/>).
/// Inpatient claims only.
/// </summary>
public static class Deliveries
{
    public const string Uncomplicated = "O80";
    private const string SingleLiveBirth = "Z370";
    private const string TwinsLiveBorn = "Z372";
    private const string SingleStillbirth = "Z371";

    private static readonly HashSet<string> BirthWords = new(StringComparer.Ordinal) { "apgar", "liveborn" };

    private static readonly HashSet<SectionKind> Past =
        [SectionKind.PastMedicalHistory, SectionKind.PastSurgicalHistory, SectionKind.FamilyHistory, SectionKind.SocialHistory, SectionKind.Plan];

    /// <summary>
    /// Where the notes tell of a delivery at this admission: an O80 mention, "delivered", Apgar scores, a liveborn, asserted,
    /// outside the past history and the plan; null when they do not.
    /// </summary>
    public static EvidenceSpan? DeliveredNow(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, IEnumerable<Candidate> candidates)
    {
        if (candidates.FirstOrDefault(c => c.System == CodeSystems.Icd10Cm && c.Code == Uncomplicated && c.Evidence.Count > 0) is { } normal)
        {
            return normal.Evidence[0];
        }

        // "Delivered" alone is also a surgeon's word ("the loop of bowel was delivered"): it tells of a birth only in an
        // obstetric record, one with a pregnancy code; Apgar scores and a liveborn always do.
        var obstetric = candidates.Any(c => c.System == CodeSystems.Icd10Cm && (c.Code[0] == 'O' || c.Code.StartsWith("Z3A", StringComparison.Ordinal)));
        for (var n = 0; n < notes.Count; n++)
        {
            var (note, flags) = notes[n];
            for (var t = 0; t < note.Tokens.Length; t++)
            {
                var word = note.Tokens[t].Word;
                if ((BirthWords.Contains(word) || (obstetric && word == "delivered")) && flags[t] == ContextFlags.None && !Past.Contains(note.Sentences[note.Tokens[t].Sentence].Section))
                {
                    return new EvidenceSpan(n, note.Tokens[t].Start, note.Tokens[t].End);
                }
            }
        }

        return null;
    }

    /// <summary>Drops O80 beside another obstetric code and adds the outcome of delivery when none is coded; returns the outcome added.</summary>
    public static Candidate? Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, EvidenceSpan delivery, Func<string, bool> billable)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code[0] == 'O' && c.Code != Uncomplicated))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code == Uncomplicated);
        }

        // Gestational diabetes at the delivery is the childbirth's (O24.41- in pregnancy → O24.42-, same control digit).
        foreach (var c in candidates.Where(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("O2441", StringComparison.Ordinal) && c.Code.Length == 6).ToList())
        {
            var childbirth = "O2442" + c.Code[5];
            if (!billable(childbirth))
            {
                continue;
            }

            if (candidates.Exists(o => o.System == CodeSystems.Icd10Cm && o.Code == childbirth))
            {
                candidates.Remove(c);
            }
            else
            {
                c.Code = childbirth;
            }
        }

        // The mother's record: the liveborn infant's own codes (Z38) are the newborn's record's.
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z38", StringComparison.Ordinal));

        var outcome = Outcome(notes);
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z37", StringComparison.Ordinal)) || !billable(outcome))
        {
            return null;
        }

        var born = Candidate.FromSpan(CodeSystems.Icd10Cm, outcome, string.Empty, delivery, confidence: 0);
        born.Precedence = Candidate.StatusPrecedence;
        candidates.Add(born);
        return born;
    }

    /// <summary>Single live birth unless the notes say twins or a stillbirth.</summary>
    private static string Outcome(IReadOnlyList<ReadNote> notes)
    {
        foreach (var note in notes)
        {
            foreach (var token in note.Tokens)
            {
                switch (token.Word)
                {
                    case "twin" or "twins":
                        return TwinsLiveBorn;
                    case "stillborn" or "stillbirth":
                        return SingleStillbirth;
                }
            }
        }

        return SingleLiveBirth;
    }
}
