namespace MedCoder.ClaimAssembly.X12;

/// <summary>An interchange that is not well formed X12 (envelope, counts, control numbers). Names segments and positions, never data.</summary>
public sealed class X12FormatException(string message) : Exception(message);
