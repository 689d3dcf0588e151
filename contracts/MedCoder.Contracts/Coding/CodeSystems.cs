namespace MedCoder.Contracts.Coding;

/// <summary>Names of the code systems a suggested code belongs to.</summary>
public static class CodeSystems
{
    public const string Icd10Cm = "ICD-10-CM";
    public const string Icd10Pcs = "ICD-10-PCS";
    public const string Hcpcs = "HCPCS";
    public const string Cpt = "CPT";
}
