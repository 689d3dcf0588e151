namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The Index prints nonessential modifiers in parentheses after a term: "(acute) (chronic)", "(cystic duct)
/// (gallbladder)". Each group is one optional phrase; the term is coded the same with or without it.
/// </summary>
internal static class NonessentialModifiers
{
    /// <summary>"(acute) (\"daze\") (cystic duct)" → ["acute", "daze", "cystic duct"]; text outside parentheses is ignored.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        if (text.IndexOf('(') < 0)
        {
            return [];
        }

        var phrases = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    start = i + 1;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                var phrase = CodeText.Clean(text[start..i].Replace("\"", string.Empty, StringComparison.Ordinal));
                if (phrase.Length > 0)
                {
                    phrases.Add(phrase);
                }
            }
        }

        return phrases;
    }
}
