using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// "Influenza A", "flu B", "influenza A (H3N2)": a typed virus is an identified one, so the J11 codes of unidentified
/// influenza become the J10 code of the same manifestation (Index: Influenza, due to identified influenza virus NEC → J10.-;
/// Guidelines I.C.10.c: the provider's statement that the patient has influenza A is enough). A test that names the type
/// negatively ("influenza A/B negative") identifies nothing. Claim purpose only.
/// </summary>
public static class IdentifiedInfluenza
{
    private const string Unidentified = "J11";
    private const string Identified = "J10";

    public static void Apply(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        var unidentified = candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith(Unidentified, StringComparison.Ordinal));
        if (unidentified.Count == 0 || !notes.Any(n => NamesType(n.Note, n.Flags)))
        {
            return;
        }

        foreach (var c in unidentified)
        {
            var code = Identified + c.Code[Unidentified.Length..];
            if (billable(code) && !candidates.Exists(o => o.Code == code))
            {
                candidates[candidates.IndexOf(c)] = c.CopyAs(code);
            }
        }
    }

    private static bool NamesType(ReadNote note, ContextFlags[] flags)
    {
        var tokens = note.Tokens;
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t].Word is "influenza" or "flu" && (flags[t] & (ContextFlags.Negated | ContextFlags.Family | ContextFlags.Hypothetical)) == 0
                && tokens[t + 1].Sentence == tokens[t].Sentence && IsType(note.Text, tokens[t + 1]) && !NegativeAfter(tokens, t + 2))
            {
                return true;
            }
        }

        return false;
    }

    // "A" and "B" as written: the article "a" after "flu" ("flu a week ago") is not the type.
    private static bool IsType(string text, NoteToken token) => token.End - token.Start == 1 && text[token.Start] is 'A' or 'B';

    private static bool NegativeAfter(NoteToken[] tokens, int from)
    {
        for (var t = from; t < Math.Min(tokens.Length, from + 3); t++)
        {
            if (tokens[t].Word is "negative" or "neg" or "not" or "no")
            {
                return true;
            }
        }

        return false;
    }
}
