using MedCoder.CodeSuggestion.Engine.Coding;

namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>
/// What the ranking model sees of a candidate: how strongly the learned n-grams and the code-book dictionary point
/// at it, how often the dictionary was right for this code in train, how common the code is, how often and how
/// it is mentioned. Changing the list changes <see cref="Names"/> and requires retraining (the weights are stored
/// by name order in the lexicon file).
/// </summary>
public static class CandidateFeatures
{
    public static readonly string[] Names =
    [
        "bias", "learned-best", "learned-second", "learned-hits", "dictionary", "dictionary-reliability",
        "code-prior", "mentions", "asserted-share", "diagnostic-statement", "no-learned-evidence",
        "learned-support", "learned-words", "learned-combined", "symptom-code", "status-code", "code-reliability", "learned-attested", "learned-attested-precision",
    ];

    /// <summary>Index of the feature the trainer replaces by its leave-one-out value (it is estimated from the same held-out rows).</summary>
    public static readonly int CodeReliability = Array.IndexOf(Names, "code-reliability");

    public static int Count => Names.Length;

    public static void Fill(Candidate c, LearnedLexicon lexicon, Span<double> x)
    {
        var reliability = 0.0;
        if (c.DictionaryBest > 0)
        {
            var (gold, matched) = lexicon.DictionaryReliability.GetValueOrDefault(c.Code);
            reliability = (gold + 1.0) / (matched + 2.0);
        }

        x[0] = 1;
        x[1] = c.LearnedBest;
        x[2] = c.LearnedSecond;
        x[3] = Math.Log(1 + c.LearnedHits);
        x[4] = c.DictionaryBest;
        x[5] = reliability;
        x[6] = lexicon.LogPrior(c.System, c.Code);
        x[7] = Math.Log(1 + c.Mentions);
        x[8] = c.Mentions == 0 ? 0 : (double)c.AssertedMentions / c.Mentions;
        x[9] = c.DiagnosticRank != long.MaxValue ? 1 : 0;
        x[10] = c.LearnedHits == 0 ? 1 : 0;
        x[11] = Math.Log(1 + c.LearnedSupport);
        x[12] = c.LearnedWords;
        x[13] = c.LearnedCombined;
        x[14] = c.System == Contracts.Coding.CodeSystems.Icd10Cm && c.Code[0] == 'R' ? 1 : 0;
        x[15] = c.System == Contracts.Coding.CodeSystems.Icd10Cm && c.Code[0] == 'Z' ? 1 : 0;
        x[CodeReliability] = lexicon.CandidateReliability(c.System, c.Code);
        x[17] = Math.Log(1 + c.LearnedAttested);
        x[18] = c.LearnedAttestedPrecision;
    }
}
