using System.Collections.Frozen;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A vaccine given at this encounter is Z23 (Guidelines I.C.21.c.2: "Z23 ... may be used as a secondary code if the
/// inoculation is given as a routine part of preventive health care"), listed after the conditions. Only a vaccine the
/// note says was given now: "Tdap given today", "influenza vaccine administered", "Tdap 0.5 mL IM"; not one that is up to
/// date, recommended, offered for elsewhere, due later, declined or told of as past. Claim purpose only.
/// </summary>
public static class Immunizations
{
    public const string Code = "Z23";

    private static readonly PhraseMatcher<bool> Vaccines = new(
    [
        ("vaccine", true), ("vaccines", true), ("vaccination", true), ("vaccinations", true), ("immunization", true), ("immunizations", true),
        ("tdap", true), ("dtap", true), ("td", true), ("tetanus", true), ("ipv", true), ("mmr", true), ("mmrv", true), ("gardasil", true),
        ("shingrix", true), ("prevnar", true), ("pcv20", true), ("pcv15", true), ("pcv13", true), ("pneumovax", true), ("ppsv23", true),
        ("flu shot", true), ("flu shots", true), ("hib", true), ("rotavirus", true), ("varivax", true),
    ]);

    // The administration of the dose now.
    private static readonly FrozenSet<string> GivenNow = WordForms.NormalizedSet("given", "administered", "today", "started", "im", "ml", "updated");

    private const int NotNowReach = 5;

    // Up to date, recommended, offered elsewhere, due later, declined, past.
    private static readonly FrozenSet<string> NotNow = WordForms.NormalizedSet(
        "utd", "date", "already", "last", "recommended", "recommend", "offered", "will", "declined", "declines", "refused", "refuses", "deferred",
        "due", "completed", "reviewed", "unvaccinated", "next", "pharmacy", "yesterday", "ago", "prior", "previously", "history");

    private static readonly HashSet<SectionKind> NotThisEncounter =
    [
        SectionKind.PastMedicalHistory, SectionKind.PastSurgicalHistory, SectionKind.FamilyHistory, SectionKind.SocialHistory,
        SectionKind.Allergies, SectionKind.Ros,
    ];

    /// <summary>Where the note says a vaccine was given at this encounter; null when it does not.</summary>
    public static EvidenceSpan? Given(ReadNote note, ContextFlags[] flags, int noteIndex)
    {
        var tokens = note.Tokens;
        foreach (var sentence in note.Sentences)
        {
            if (NotThisEncounter.Contains(sentence.Section))
            {
                continue;
            }

            // The clause after a label ("Recurrent pneumonia history: pneumococcal vaccine given today") is what counts.
            var clause = sentence.FirstToken;
            int? vaccine = null;
            for (var t = sentence.FirstToken; t < sentence.EndToken && vaccine is null; t++)
            {
                if (t > sentence.FirstToken && tokens[t].Start > tokens[t - 1].End && note.Text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains(':'))
                {
                    clause = t;
                }

                if (flags[t] == ContextFlags.None && Vaccines.TryMatch(tokens, t, sentence.EndToken, out _, out _))
                {
                    vaccine = t;
                }
            }

            if (vaccine is not { } at)
            {
                continue;
            }

            // "Given today" anywhere in the clause; "declined", "due", "up to date" near the vaccine ("kick counts reviewed"
            // later in the sentence is about something else).
            var (now, notNow) = (false, false);
            for (var t = clause; t < sentence.EndToken; t++)
            {
                now |= GivenNow.Contains(tokens[t].Word);
                notNow |= Math.Abs(t - at) <= NotNowReach && NotNow.Contains(tokens[t].Word);
            }

            if (now && !notNow)
            {
                return new EvidenceSpan(noteIndex, tokens[at].Start, tokens[at].End);
            }
        }

        return null;
    }

    /// <summary>
    /// A disease named only as a vaccine's ("MMR, varicella today", "hepatitis B vaccine series started") is not the patient's:
    /// codes whose every evidence span lies in a sentence about vaccines are dropped.
    /// </summary>
    public static void DropVaccineNames(IReadOnlyList<ReadNote> notes, List<Candidate> candidates) =>
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code != Code && c.Evidence.Count > 0
            && c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && NamesVaccine(note, sentence)));

    private static bool NamesVaccine(ReadNote note, NoteSentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Vaccines.TryMatch(note.Tokens, t, sentence.EndToken, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

}
