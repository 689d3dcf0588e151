namespace MedCoder.Coding.Context;

/// <summary>How a mention is asserted (NegEx-style); a token may carry several.</summary>
[Flags]
public enum ContextFlags : byte
{
    None = 0,
    Negated = 1,
    Uncertain = 2,
    History = 4,
    Family = 8,
    Hypothetical = 16,

    /// <summary>An allergy or intolerance: the substance is the patient's allergy status (Z88), its reaction is not a condition.</summary>
    Allergy = 32,

    /// <summary>Said to be resolved ("pneumonia, resolved"): past at an office visit, treated during the stay in a discharge summary (also marks <see cref="History"/>).</summary>
    Resolved = 64,
}
