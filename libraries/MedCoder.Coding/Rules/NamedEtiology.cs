using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A combination stated in one phrase whose code says "code first" one code ("COVID-19 pneumonia": J12.82, "Code first
/// COVID-19 (U07.1)"; Guidelines I.A.13, I.C.1.g.1): the phrase names the etiology too, so that code is added with the
/// same evidence and <see cref="EtiologyFirst"/> lists it first. Only when the note names it: every word of its title is
/// in the phrase.
/// </summary>
public static class NamedEtiology
{
    /// <summary>Adds the etiology codes the candidates' own phrases name.</summary>
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, SequencingNotes> sequencing, Func<string, string?> billableTitle)
    {
        var added = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (c.System != CodeSystems.Icd10Cm || c.Evidence.Count == 0)
            {
                continue;
            }

            // Among the single codes the notes name, the one whose title the phrase says ("COVID-19", not J09.X1 influenza).
            var named = sequencing(c.Code).CodeFirst
                .Where(r => r.From == r.To && !candidates.Exists(o => o.Code == r.From) && !added.Exists(o => o.Code == r.From))
                .Select(r => (r.From, Title: billableTitle(r.From)))
                .Where(r => r.Title is not null)
                .SelectMany(r => c.Evidence.Where(e => e.NoteIndex < notes.Count && Names(notes[e.NoteIndex].Text[e.Start..e.End], WordForms.Words(r.Title!))).Take(1).Select(e => (r.From, Span: e)))
                .ToList();
            if (named is not [var (code, span)])
            {
                continue;
            }

            var etiology = new Candidate(c.System, code)
            {
                Rule = c.Rule, Anchored = true, Certain = c.Certain, FinalStatement = c.FinalStatement, Precedence = c.Precedence,
                DiagnosticRank = c.DiagnosticRank, FirstPosition = c.FirstPosition, Confidence = c.Confidence, Raw = c.Raw,
                Mentions = 1, AssertedMentions = 1, DictionaryBest = c.DictionaryBest, NamedOutsideHistory = c.NamedOutsideHistory,
            };
            etiology.AddEvidence(span);
            added.Add(etiology);
        }

        candidates.AddRange(added);
    }

    private static bool Names(string phrase, List<string> titleWords)
    {
        var said = WordForms.Words(phrase);
        return titleWords.Count > 0 && titleWords.TrueForAll(said.Contains);
    }
}
