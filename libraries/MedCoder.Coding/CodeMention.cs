namespace MedCoder.Coding;

/// <summary>
/// Words <see cref="From"/> to <see cref="To"/> (content-word positions) of one sentence that name a code: found by the
/// learned lexicon, with its n-gram's statistics in <see cref="Learned"/> and its precision as <see cref="Score"/>, or by
/// the code-book dictionary, scored by how specific the title match is.
/// </summary>
internal readonly record struct CodeMention(int Sentence, int From, int To, string System, string Code, double Score, string Rule, LearnedTarget? Learned = null, bool TermSaysWithout = true)
{
    public const string LearnedRule = "learned";

    public static CodeMention OfLearned(int sentence, int from, int to, LearnedTarget target) =>
        new(sentence, from, to, target.System, target.Code, target.Precision, LearnedRule, target);
}
