using System.Globalization;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// What one functional group of an interchange carried, stored under "gs-{GS06}" when it is first rendered, so a
/// payer's 999 (which names the group and transaction set control numbers, not claims) finds the claims it speaks of.
/// </summary>
public sealed record SentGroup(string Id, long GroupControlNumber, long InterchangeControlNumber, string PayerId, IReadOnlyList<SentTransaction> Transactions, DateTimeOffset CreatedAt)
{
    public static string IdFor(long groupControlNumber) => "gs-" + groupControlNumber.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One transaction set: its ST02 and the claim's CLM01 (patient control number).</summary>
public sealed record SentTransaction(string SetControlNumber, string PatientControlNumber);
