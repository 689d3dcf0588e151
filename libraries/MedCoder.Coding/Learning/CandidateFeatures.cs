using MedCoder.Coding.Rules;

namespace MedCoder.Coding.Learning;

/// <summary>
/// What the ranking model sees of a candidate: how strongly the learned n-grams and the code-book dictionary point
/// at it, how often the dictionary was right for this code in train, how common the code is, how often and how
/// it is mentioned. Changing the list changes <see cref="Names"/> and requires retraining (the trees refer to features
/// by position, and a lexicon whose @features line differs from <see cref="Names"/> has its model ignored).
/// </summary>
public static class CandidateFeatures
{
    public static readonly string[] Names =
    [
        "learned-best", "learned-second", "learned-hits", "dictionary", "dictionary-reliability",
        "code-prior", "mentions", "asserted-share", "diagnostic-statement", "no-learned-evidence",
        "learned-support", "learned-words", "learned-combined", "symptom-code", "status-code", "code-reliability", "learned-attested", "learned-attested-precision",
    ];

    /// <summary>Index of the feature the trainer sets per fold (it is estimated from the same held-out rows it trains on).</summary>
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

        x[0] = c.LearnedBest;
        x[1] = c.LearnedSecond;
        x[2] = Math.Log(1 + c.LearnedHits);
        x[3] = c.DictionaryBest;
        x[4] = reliability;
        x[5] = lexicon.LogPrior(c.System, c.Code);
        x[6] = Math.Log(1 + c.Mentions);
        x[7] = c.Mentions == 0 ? 0 : (double)c.AssertedMentions / c.Mentions;
        x[8] = c.DiagnosticRank != long.MaxValue ? 1 : 0;
        x[9] = c.LearnedHits == 0 ? 1 : 0;
        x[10] = Math.Log(1 + c.LearnedSupport);
        x[11] = c.LearnedWords;
        x[12] = c.LearnedCombined;
        x[13] = c.System == Contracts.Coding.CodeSystems.Icd10Cm && c.Code[0] == 'R' ? 1 : 0;
        x[14] = c.System == Contracts.Coding.CodeSystems.Icd10Cm && c.Code[0] == 'Z' ? 1 : 0;
        x[CodeReliability] = lexicon.CandidateReliability(c.System, c.Code);
        x[16] = Math.Log(1 + c.LearnedAttested);
        x[17] = c.LearnedAttestedPrecision;
    }
}
