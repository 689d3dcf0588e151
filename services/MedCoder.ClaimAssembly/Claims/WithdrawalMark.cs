namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// An encounter the hospital withdrew, up to <paramref name="Revision"/> (keyed like Intake's encounter head, so no
/// identifier in clear): a claim of such a revision that is assembled after the withdrawal arrived is withdrawn at once.
/// </summary>
public sealed record WithdrawalMark(int Revision, DateTimeOffset WithdrawnAt);
