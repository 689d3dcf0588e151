namespace MedCoder.CodeSets.Lookup;

/// <summary>The code systems that can be looked up, by the short names used in URLs and on the command line.</summary>
public static class CodeSystemNames
{
    public const string Icd10Cm = "icd10cm";
    public const string Icd10Pcs = "icd10pcs";
    public const string Hcpcs = "hcpcs";

    public static readonly IReadOnlyList<string> All = [Icd10Cm, Icd10Pcs, Hcpcs];
}
