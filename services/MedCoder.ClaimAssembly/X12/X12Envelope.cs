using System.Globalization;
using MedCoder.Contracts;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// The interchange's envelope: who sends to whom (ISA06/ISA08, GS02/GS03, the 1000A submitter and 1000B receiver ids),
/// its control number (ISA13 and GS06: unique, never reused; <see cref="ControlNumbers"/>), when, and the usage
/// indicator (P production, T test).
/// </summary>
public sealed record X12Envelope(string SenderId, string ReceiverId, long ControlNumber, DateTimeOffset CreatedAt, char Usage = 'P')
{
    /// <summary>ISA13 is 9 digits.</summary>
    public const long MaxControlNumber = 999_999_999;

    /// <summary>
    /// An interchange id (ISA06/ISA08 hold 15 characters) from an organization or payer id: upper-cased; a longer id
    /// keeps its first 10 characters and 5 of a hash of the whole, so two long ids never meet by being cut.
    /// </summary>
    public static string IdOf(string id)
    {
        var upper = id.ToUpperInvariant();
        return upper.Length <= 15 ? upper : upper[..10] + DeterministicId.Hex(id)[..5].ToUpperInvariant();
    }

    public static X12Envelope For(string organization, string payerId, long controlNumber, DateTimeOffset createdAt, char usage = 'P') =>
        new(IdOf(organization), IdOf(payerId), controlNumber, createdAt, usage);

    public string ControlNumberText => ControlNumber.ToString("D9", CultureInfo.InvariantCulture);
}
