namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// What an interchange carried, stored under "isa-{control number}" when it is first rendered, so a payer's 999
/// (which names group and transaction set control numbers, not claims) finds the claims it speaks of.
/// </summary>
public sealed record SentInterchange(string Id, long ControlNumber, string PayerId, IReadOnlyList<SentTransaction> Transactions, DateTimeOffset CreatedAt)
{
    public static string IdFor(long controlNumber) => "isa-" + controlNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One transaction set: its group (GS06) and set (ST02) control numbers and the claim's CLM01.</summary>
public sealed record SentTransaction(long GroupControlNumber, string SetControlNumber, string PatientControlNumber);
