using MedCoder.Coding.Reading;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>
/// The 7th character of injury codes (guideline I.C.19.a): A initial encounter (active treatment — the default,
/// always in the ED or as an inpatient unless stated otherwise, and in an operative report), D subsequent ("follow-up"
/// or "routine healing" outside the plan, "subsequent"), S sequela ("sequela", "late effect").
/// </summary>
public static class Episodes
{
    public const char Initial = 'A';
    public const char Subsequent = 'D';
    public const char Sequela = 'S';

    public static char Of(ReadNote note, CareSetting setting)
    {
        var tokens = note.Tokens;

        // A stated "initial encounter" is the provider's word; a plan's "follow up in two weeks" does not overrule it.
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Word == "initial" && tokens[i + 1].Word == "encounter")
            {
                return Initial;
            }
        }

        // An operation on the injury is active treatment (I.C.19.a): initial, whatever follow-up the note plans.
        var operated = Array.Exists(note.Sentences, s => s.Section == SectionKind.Procedures);
        for (var i = 0; i < tokens.Length; i++)
        {
            // "Follow up in 2 weeks" in the plan is the next visit, not this one.
            var planned = operated || note.Sentences[tokens[i].Sentence].Section == SectionKind.Plan;
            switch (tokens[i].Word)
            {
                case "sequela" or "sequelae":
                    return Sequela;
                case "late" when i + 1 < tokens.Length && tokens[i + 1].Word == "effect":
                    return Sequela;
                case "subsequent" when i + 1 < tokens.Length && tokens[i + 1].Word == "encounter":
                    return Subsequent;
                case "healing" when !planned && setting is CareSetting.Office or CareSetting.Outpatient:
                    return Subsequent;
                case "follow" when !planned && i + 1 < tokens.Length && tokens[i + 1].Word == "up" && setting is CareSetting.Office or CareSetting.Outpatient:
                    return Subsequent;
                default:
                    break;
            }
        }

        return Initial;
    }

    /// <summary>Explicitly documented episode ("initial encounter", "subsequent", "sequela", follow-up) present in the note.</summary>
    public static bool IsDocumented(ReadNote note)
    {
        foreach (var token in note.Tokens)
        {
            if (token.Word is "initial" or "subsequent" or "sequela" or "healing" or "follow" or "acute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Among codes a term stands for, the one with the episode's 7th character, else the first.</summary>
    public static string Choose(string[] codes, char episode, CodeHierarchy hierarchy)
    {
        var first = codes[0];
        if (first.Length == 7 && hierarchy.WithSeventh(first, episode) is { } swapped)
        {
            return swapped;
        }

        foreach (var code in codes)
        {
            if (code.Length == 7 && code[6] == episode)
            {
                return code;
            }
        }

        return first;
    }
}
