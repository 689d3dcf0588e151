using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Matching;

public enum TermSource : byte
{
    Description,
    InclusionTerm,
    Header,
    Curated,

    /// <summary>
    /// A phrase of the Index: a path of the Alphabetic Index (<see cref="IndexTerms"/>), or a site of the Neoplasm Table
    /// with a behaviour's usual wording (<see cref="NeoplasmTerms"/>).
    /// </summary>
    Index,

    /// <summary>Another wording of a description or inclusion term (<see cref="TermVariants"/>).</summary>
    Variant,

    /// <summary>An "Other X" residual class read as plain X: only where no other term has the same words (the index's NEC entries).</summary>
    Residual,

    /// <summary>A category with no code of its own and no default: found to ask for the missing detail, never coded.</summary>
    Unresolved,
}

/// <summary>
/// A dictionary term: its distinct content words (vocabulary ids, rarest first) and the billable codes
/// it can stand for (several when they differ only by what the words cannot tell, e.g. the 7th character).
/// </summary>
/// <remarks>Optional holds the nonessential modifiers (the code book's parenthesised words): "(congestive)" in
/// "Acute on chronic systolic (congestive) heart failure" — a term made of them is subsumed by this one.
/// System is ICD-10-CM but for the procedures of <see cref="ImagingTerms"/> and <see cref="SurgicalTerms"/> (ICD-10-PCS).</remarks>
public sealed record DictionaryTerm(int[] Words, string[] Codes, TermSource Source, string Text, int[] Optional, string System = CodeSystems.Icd10Cm);
