namespace MedCoder.Contracts.Coding;

/// <summary>
/// A service the documentation supports but no charge captured: listed for the revenue-integrity team, never billed
/// with an invented price (charges and their amounts are the hospital's).
/// </summary>
public sealed record UnbilledService(string System, string Code, string Description, int? Units, string Reason)
{
    public const string NoChargeCaptured = "documented, no charge captured";
}
