using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A drug's harm as the Table of Drugs and Chemicals codes it (Guidelines I.C.19.e.5): an overdose or ingestion is a
/// poisoning — intentional self-harm when the statement says so, accidental when it names no intent (I.C.19.e.5.b) —
/// listed before its manifestations; a drug properly taken that caused the condition ("hyponatremia due to
/// hydrochlorothiazide", "NSAID-induced ulcer - ibuprofen") is an adverse effect, listed after the condition
/// (I.C.19.e.5.a); taking less than prescribed ("insulin underdosing") is underdosing. Read from the provider's
/// diagnostic statement only; the 7th character is A (active treatment) unless the statement says sequela. Claim purpose only.
/// </summary>
public sealed class DrugEffects
{
    /// <summary>How many words from the drug a cause word may stand ("due to thiazide diuretic (hydrochlorothiazide)").</summary>
    private const int Reach = 4;

    // The drug, the intent and the link to the condition are read from words around it: below auto-release, a coder confirms.
    private const double Confidence = 0.8;

    /// <summary>How many words from a poisoning word the drugs it names may stand ("overdose of benzodiazepine (alprazolam) and SSRI (sertraline)").</summary>
    private const int PoisoningReach = 8;

    private static readonly FrozenSet<string> PoisoningWords = WordForms.NormalizedSet("overdose", "overdosed", "ingestion", "ingested", "poisoning");
    private static readonly FrozenSet<string> SelfHarmWords = WordForms.NormalizedSet("intentional", "intentionally", "suicide", "suicidal", "deliberate", "self");
    private static readonly FrozenSet<string> UnderdosingWords = WordForms.NormalizedSet("underdosing", "underdosed", "rationing", "rationed");

    // "X-induced", "X-associated", "X-related" right after the drug; "due to X", "secondary to X" ... before it.
    private static readonly FrozenSet<string> CauseAfter = WordForms.NormalizedSet("induced", "associated", "related");
    private static readonly (string First, string? Second)[] CauseBefore =
    [
        ("due", "to"), ("secondary", "to"), ("related", "to"), ("attributed", "to"), ("reaction", "to"), ("caused", "by"), ("induced", "by"),
        ("effect", "of"), ("effects", "of"), ("from", null),
    ];

    // A treatment between the poisoning and the drug ("... ingestion, resolved after two doses of epinephrine") is no poisoning by it.
    private static readonly FrozenSet<string> TreatmentWords = WordForms.NormalizedSet("given", "treated", "after", "with", "received", "dose", "doses", "administered", "responded", "reversed");

    private static readonly FrozenSet<string> OngoingWords = WordForms.NormalizedSet("on", "start", "started", "continue", "continued", "resume", "restart");

    // "Iron deficiency", "vitamin D level", "sodium intake": the substance's lack or measure, not the drug's effect.
    private static readonly FrozenSet<string> NotTheDrug = WordForms.NormalizedSet("deficiency", "deficient", "level", "levels", "intake", "loss", "overload", "stores", "supplementation");
    private static readonly FrozenSet<string> FinancialWords = WordForms.NormalizedSet("cost", "costs", "financial", "afford", "insurance", "uninsured");
    private const string FinancialHardship = "Z91120";

    private static readonly FrozenSet<string> SequelaWords = WordForms.NormalizedSet("sequela", "sequelae", "late");

    private readonly PhraseMatcher<IndexTableRow> _drugs;

    public DrugEffects(DrugTable? table) => _drugs = new PhraseMatcher<IndexTableRow>(table is null ? [] : Medicines(table));

    /// <summary>Adds the poisoning, adverse-effect and underdosing codes the diagnostic statements name.</summary>
    public void Apply(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        for (var n = 0; n < notes.Count; n++)
        {
            var (note, flags) = notes[n];
            foreach (var sentence in note.Sentences)
            {
                if (SectionKinds.DiagnosticPriority(sentence.Section) is < 0 or > 2)
                {
                    continue;
                }

                ReadSentence(note, flags, n, sentence, candidates, billable);
            }
        }

        // A suicide attempt whose means is coded with self-harm intent is that code (T14.91 is the attempt of no stated nature).
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code is ['T', '3' or '4' or '5', _, _, _, '2', ..]))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("T1491", StringComparison.Ordinal));
        }
    }

    private void ReadSentence(ReadNote note, ContextFlags[] flags, int noteIndex, NoteSentence sentence, List<Candidate> candidates, Func<string, bool> billable)
    {
        var tokens = note.Tokens;
        var (poisoning, selfHarm, underdosing, sequela, financial) = (false, false, false, false, false);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = tokens[t].Word;
            poisoning |= PoisoningWords.Contains(word);
            selfHarm |= SelfHarmWords.Contains(word);
            underdosing |= UnderdosingWords.Contains(word);
            sequela |= SequelaWords.Contains(word);
            financial |= FinancialWords.Contains(word);
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (flags[t] != ContextFlags.None || !_drugs.TryMatch(tokens, t, sentence.EndToken, out var length, out var row)
                || (t + length < sentence.EndToken && NotTheDrug.Contains(tokens[t + length].Word)))
            {
                continue;
            }

            var column = poisoning && PoisoningNames(tokens, sentence, t) ? (selfHarm ? DrugColumn.PoisoningIntentionalSelfHarm : DrugColumn.PoisoningAccidental)
                : underdosing ? DrugColumn.Underdosing
                : CausedBy(tokens, sentence, t, t + length) ? DrugColumn.AdverseEffect
                : (DrugColumn?)null;
            if (column is not { } harm || row.Code(harm) is not { } published)
            {
                continue;
            }

            var code = published.Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('-') + (sequela ? 'S' : 'A');
            if (!billable(code) || candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code == code))
            {
                continue;
            }

            var named = new EvidenceSpan(noteIndex, tokens[t].Start, tokens[t + length - 1].End);
            var drug = Candidate.FromSpan(CodeSystems.Icd10Cm, code, "drug-table:" + harm.ToString().ToLowerInvariant(), named, Confidence);
            drug.FinalStatement = SectionKinds.IsFinalStatement(sentence.Section);
            drug.DiagnosticRank = RankBesideStatement(candidates, noteIndex, sentence, first: harm is not (DrugColumn.AdverseEffect or DrugColumn.Underdosing));
            candidates.Add(drug);
            if (harm == DrugColumn.Underdosing && financial && billable(FinancialHardship) && !candidates.Exists(c => c.Code == FinancialHardship))
            {
                // I.C.19.e.5.c: the intent of an underdosing is coded beside it (Z91.12-, Z91.13-): here the hardship the note names.
                var intent = Candidate.FromSpan(CodeSystems.Icd10Cm, FinancialHardship, "drug-table:underdosing-intent", named, Confidence);
                intent.FinalStatement = drug.FinalStatement;
                intent.DiagnosticRank = drug.DiagnosticRank + 1;
                candidates.Add(intent);
            }
        }
    }

    /// <summary>
    /// A poisoning goes before the conditions its statement names, an adverse effect after them: the rank just before
    /// (or after) theirs; before (after) the note's whole statement when the sentence names no other code.
    /// </summary>
    private static long RankBesideStatement(List<Candidate> candidates, int noteIndex, NoteSentence sentence, bool first)
    {
        var ranks = candidates
            .Where(c => c.System == CodeSystems.Icd10Cm && c.DiagnosticRank != long.MaxValue
                && c.Evidence.Exists(e => e.NoteIndex == noteIndex && e.Start >= sentence.Start && e.End <= sentence.End))
            .Select(c => c.DiagnosticRank)
            .ToList();
        var statement = ((long)SectionKinds.DiagnosticPriority(sentence.Section) << 56) | ((long)noteIndex << 40);
        return ranks.Count == 0 ? (first ? statement : statement | 0xFF_FFFF_FFFFL) : first ? ranks.Min() - 1 : ranks.Max() + 1;
    }

    /// <summary>Whether a poisoning word of the sentence names the drug at <paramref name="drug"/>: near it, with no treatment between.</summary>
    private static bool PoisoningNames(NoteToken[] tokens, NoteSentence sentence, int drug)
    {
        for (var t = Math.Max(sentence.FirstToken, drug - PoisoningReach); t < Math.Min(sentence.EndToken, drug + PoisoningReach); t++)
        {
            if (!PoisoningWords.Contains(tokens[t].Word))
            {
                continue;
            }

            var (from, to) = t < drug ? (t + 1, drug) : (drug + 1, t);
            var treated = false;
            for (var between = from; between < to; between++)
            {
                treated |= TreatmentWords.Contains(tokens[between].Word);
            }

            if (!treated)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Hyponatremia due to thiazide diuretic (hydrochlorothiazide)", "NSAID-induced", "steroid-induced hyperglycemia".</summary>
    private static bool CausedBy(NoteToken[] tokens, NoteSentence sentence, int start, int end)
    {
        if (end < sentence.EndToken && CauseAfter.Contains(tokens[end].Word))
        {
            return true;
        }

        for (var t = Math.Max(sentence.FirstToken, start - Reach); t < start; t++)
        {
            // "NSAID-induced ulcer - ibuprofen", "NSAID-associated (ibuprofen)": a class's cause word before the drug that names it,
            // unless the drug is then a treatment ("steroid-induced hyperglycemia, on insulin").
            if (CauseAfter.Contains(tokens[t].Word) && !Array.Exists(tokens[(t + 1)..start], b => TreatmentWords.Contains(b.Word) || OngoingWords.Contains(b.Word)))
            {
                return true;
            }

            foreach (var (first, second) in CauseBefore)
            {
                if (tokens[t].Word == first && (second is null || (t + 1 < start && tokens[t + 1].Word == second)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The Table's medicines (main terms with a T36–T50 adverse-effect code) by name, "NEC" and parentheses left out.</summary>
    private static IEnumerable<(string Phrase, IndexTableRow Row)> Medicines(DrugTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Level != 0 || row.Code(DrugColumn.AdverseEffect) is not ['T', '3' or '4', ..] and not ['T', '5', '0', ..])
            {
                continue;
            }

            var name = row.Term;
            var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
            name = (parenthesis > 0 ? name[..parenthesis] : name).Replace(" NEC", string.Empty, StringComparison.Ordinal).Trim();
            if (name.Length >= 4 && name.Count(char.IsWhiteSpace) < 3)
            {
                yield return (name, row);
            }
        }
    }

}
