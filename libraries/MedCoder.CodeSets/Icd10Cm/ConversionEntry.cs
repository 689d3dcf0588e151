namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// A code (without dot) or code span named in the conversion table's "Previous Code(s)" column. A single code has
/// From == To ("I63.-" and "R11-" are whole categories, stored as I63 and R11). A reference covers From..To
/// and everything under To, because a previous code that was a header stood for all its children.
/// </summary>
public sealed record PreviousCodeReference(string From, string To)
{
    public bool IsSingleCode => string.Equals(From, To, StringComparison.Ordinal);

    public bool Covers(string code)
    {
        var bare = Icd10CmFormat.WithoutDot(code);
        return string.CompareOrdinal(bare, From) >= 0
            && (string.CompareOrdinal(bare, To) <= 0 || bare.StartsWith(To, StringComparison.Ordinal));
    }

    public override string ToString() => IsSingleCode ? From : $"{From}-{To}";
}

/// <summary>
/// One row of the CDC conversion table: a code created since ICD-10-CM began, the date it took effect and what was
/// coded before. PreviousText is the column as published ("K59.09 AND Code from categories T36-T50", "None");
/// Previous holds the codes and spans found in it.
/// </summary>
public sealed record ConversionEntry(string Code, DateOnly Effective, string PreviousText, IReadOnlyList<PreviousCodeReference> Previous)
{
    public string Dotted => Icd10CmFormat.WithDot(Code);

    /// <summary>The single previous codes (spans left out), without dot.</summary>
    public IEnumerable<string> PreviousCodes => Previous.Where(p => p.IsSingleCode).Select(p => p.From);
}
