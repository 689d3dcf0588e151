using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>
/// The 7th character of injury codes (guideline I.C.19.a): A initial encounter (active treatment — the default,
/// always in the ED or as an inpatient unless stated otherwise, and in an operative report), D subsequent ("follow-up"
/// or "routine healing" outside the plan, "subsequent", a cast change or removal), S sequela ("sequela", "late effect"), and a
/// fracture's G delayed healing, K nonunion, P malunion.
/// </summary>
public static class Episodes
{
    public const char Initial = 'A';
    public const char Subsequent = 'D';
    public const char Sequela = 'S';
    public const char DelayedHealing = 'G';
    public const char Nonunion = 'K';
    public const char Malunion = 'P';

    /// <param name="flags">The note's context (<see cref="ContextScanner"/>): a healing stated in a risk or a doubt ("risk of
    /// nonunion") is no healing of this fracture; without them every statement counts.</param>
    public static char Of(ReadNote note, CareSetting setting, ContextFlags[]? flags = null)
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

        // A fracture's healing as stated (I.C.19.c.1: G delayed healing, K nonunion, P malunion), and the care the guideline names
        // as subsequent ("cast change or removal"), whatever else the note does.
        // A late effect is coded as the sequela whatever its healing was ("healed fracture with mild malunion ... late effect").
        var sequela = false;
        for (var i = 0; i < tokens.Length && !sequela; i++)
        {
            sequela = tokens[i].Word is "sequela" or "sequelae" || (tokens[i].Word == "late" && i + 1 < tokens.Length && tokens[i + 1].Word == "effect");
        }

        for (var i = 0; i < tokens.Length && !sequela; i++)
        {
            var next = i + 1 < tokens.Length ? tokens[i + 1].Word : string.Empty;
            if (flags is not null && (flags[i] & (ContextFlags.Negated | ContextFlags.Hypothetical | ContextFlags.Uncertain)) != 0)
            {
                continue;
            }

            switch (tokens[i].Word)
            {
                case "delayed" when next is "healing" or "union":
                    return DelayedHealing;
                case "nonunion" or "non-union":
                    return Nonunion;
                case "malunion" or "mal-union":
                    return Malunion;
                case "cast" when next is "change" or "removal" or "removed" && setting != CareSetting.Inpatient:
                    return Subsequent;
                default:
                    break;
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
