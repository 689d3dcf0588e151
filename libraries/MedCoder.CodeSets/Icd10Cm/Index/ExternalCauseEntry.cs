namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// One term of the External Cause of Injuries Index. Path holds the titles from the main term down, with
/// nonessential modifiers in parentheses; Term is this term's title without them. Code is as published (with dot,
/// possibly ending in '-' when more characters are needed; from &lt;code&gt; or, for a few terms, &lt;subcat&gt;).
/// See / SeeAlso are cross-references to other terms; SeeCategory names a category ("T71") to look in.
/// </summary>
public sealed record ExternalCauseEntry(IReadOnlyList<string> Path, string Term, string? Code, string? See, string? SeeAlso, string? SeeCategory)
{
    public int Level => Path.Count - 1;
}
