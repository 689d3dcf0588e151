namespace MedCoder.ClaimAssembly.Claims;

/// <summary>CLM05-3, the claim frequency type code (NUBC; the 837I's type of bill ends in it): what the claim does to earlier ones.</summary>
public static class ClaimFrequency
{
    public const string Original = "1";

    /// <summary>Replaces a claim the payer already has; REF*F8 names it.</summary>
    public const string Replacement = "7";

    /// <summary>Cancels a claim the payer already has; REF*F8 names it.</summary>
    public const string Void = "8";
}
