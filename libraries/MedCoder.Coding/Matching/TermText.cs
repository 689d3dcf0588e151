namespace MedCoder.Coding.Matching;

/// <summary>Turns a code-book description into the words a note would use.</summary>
public static class TermText
{
    private static readonly string[] DroppedClauses = ["initial encounter", "subsequent encounter", "sequela", "encounter for"];

    /// <summary>
    /// "Pneumonia, unspecified organism" → "Pneumonia"; "Essential (primary) hypertension" → "Essential hypertension"
    /// (parenthesised words are nonessential modifiers); "..., initial encounter for closed fracture" → "..."
    /// (the episode is the 7th character, chosen from context); "... without complications" → "..."; a "not specified
    /// as ..." or "not intractable" part is the default and goes too; "Parvovirus as the cause of diseases classified
    /// elsewhere" → "Parvovirus".
    /// </summary>
    public static string Clean(string description)
    {
        // "Parkinson's disease" is as often "Parkinson disease": the possessive is no word a note must repeat.
        var text = RemoveBracketed(description).Replace("'s ", " ", StringComparison.Ordinal).Replace("'s,", ",", StringComparison.Ordinal);
        if (text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        var parts = text.Split(", ");
        var kept = new List<string>(parts.Length) { parts[0] };
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i].Trim();

            // "Alcohol use, unspecified with intoxication delirium": what is unspecified is the use; the "with" part is named.
            if (part.StartsWith("unspecified with ", StringComparison.OrdinalIgnoreCase))
            {
                part = part["unspecified ".Length..];
            }

            // ", with unspecified nicotine-induced disorders" names a complication (of unspecified kind): it stays.
            var drop = (part.Contains("unspecified", StringComparison.OrdinalIgnoreCase) && !part.StartsWith("with ", StringComparison.OrdinalIgnoreCase))
                || part.Contains("not elsewhere classified", StringComparison.OrdinalIgnoreCase)
                || part.StartsWith("not ", StringComparison.OrdinalIgnoreCase);
            foreach (var clause in DroppedClauses)
            {
                drop |= part.StartsWith(clause, StringComparison.OrdinalIgnoreCase);
            }

            if (!drop)
            {
                kept.Add(part);
            }
            else if (UnspecifiedSite(part) is { } site && !(site == "joint" && parts[0].Contains("arthr", StringComparison.OrdinalIgnoreCase)))
            {
                // "Fistula, unspecified joint", "Laceration without foreign body, unspecified hip": the region is part of what
                // the title names (not any fistula or laceration); only which one, or its side, is unspecified. "Arthritis"
                // says the joint already.
                kept.Add(site);
            }
        }

        var joined = string.Join(", ", kept);

        // B95–B97 name the organism "as the cause of diseases classified elsewhere"; a note names the organism.
        var cause = joined.IndexOf(" as the cause of ", StringComparison.OrdinalIgnoreCase);
        if (cause > 0)
        {
            joined = joined[..cause];
        }

        // "Complete rotator cuff tear or rupture not specified as traumatic": the default, as a ", not ..." part is.
        var notSpecified = joined.IndexOf(" not specified as ", StringComparison.OrdinalIgnoreCase);
        if (notSpecified > 0)
        {
            joined = joined[..notSpecified];
        }

        var without = joined.IndexOf(" without complication", StringComparison.OrdinalIgnoreCase);
        return without > 0 ? joined[..without] : joined;
    }

    /// <summary>
    /// "Fistula, other specified site" under "Fistula of joint" is a joint's fistula: a residual site's title leans on its
    /// parent's region, which the title gets back ("Fistula of joint, other specified site"); plain "fistula" (an AV
    /// fistula for dialysis) is no joint's. Other titles are returned as they are.
    /// </summary>
    public static string WithParentRegion(string title, string? parentTitle)
    {
        var comma = title.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0 || parentTitle is null)
        {
            return title;
        }

        var (condition, rest) = (title[..comma], title[(comma + 2)..]);
        var region = condition + " of ";
        return rest.Contains("other", StringComparison.OrdinalIgnoreCase) && rest.Contains("site", StringComparison.OrdinalIgnoreCase)
            && parentTitle.StartsWith(region, StringComparison.OrdinalIgnoreCase)
            ? string.Concat(parentTitle, ", ", rest)
            : title;
    }

    // What an "unspecified ..." part leaves open that is no body region: the organism, the side, the trimester, the eye or ear.
    private static readonly HashSet<string> NotRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        "site", "sites", "side", "organism", "trimester", "type", "eye", "eyes", "ear", "ears", "part", "parts", "as", "with", "without", "degree", "stage",
    };

    /// <summary>"unspecified knee" → "knee"; null when the part is not "unspecified" and a body region.</summary>
    private static string? UnspecifiedSite(string part)
    {
        const string prefix = "unspecified ";
        if (!part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var site = part[prefix.Length..].Trim();
        return site.Length == 0 || site.Split(' ').Any(NotRegions.Contains) ? null : site;
    }

    /// <summary>
    /// A cleaned description without its "without" clause: the Index reads the bare condition as the code without
    /// the feature ("Pancreatitis, acute" → K85.90 "Acute pancreatitis without necrosis or infection"). Null when
    /// there is no such clause.
    /// </summary>
    public static string? WithoutAbsentFeature(string cleaned)
    {
        var without = cleaned.IndexOf(" without ", StringComparison.OrdinalIgnoreCase);
        if (without < 0)
        {
            without = cleaned.IndexOf(", without", StringComparison.OrdinalIgnoreCase);
        }

        return without > 0 ? cleaned[..without].TrimEnd(',', ' ') : null;
    }

    /// <summary>
    /// An Excludes note's condition and its one code: "breast pain (N64.4)" → ("breast pain", "N64.4"); "(D19.-)" → D19.
    /// Null for ranges, lists and one-word fragments of a list ("nose (C30.0)", "acute (B57.0)").
    /// </summary>
    public static (string Phrase, string Code)? ExcludedCondition(string note)
    {
        var text = note.TrimEnd();
        var open = text.LastIndexOf('(');
        if (open <= 0 || text[^1] != ')')
        {
            return null;
        }

        var code = text[(open + 1)..^1].TrimEnd('-').TrimEnd('.');
        var isCode = code.Length >= 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiDigit(code[1])
            && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '.');
        // One word is a fragment of the note's list, read with its parent line ("cartilage of: ... nose (C30.0)").
        var phrase = text[..open].Trim();
        return isCode && phrase.IndexOf('(') < 0 && Reading.WordForms.ContentWords(phrase).Count >= 2 ? (phrase, code) : null;
    }

    private static string RemoveBracketed(string text)
    {
        if (text.IndexOfAny(['(', '[']) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
