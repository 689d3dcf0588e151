using System.Text;
using CsCheck;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>Any claim writes ASCII-only X12 whose SE, GE and IEA counts match, and reads back to the same claim.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Gen<(List<BillingClaim> Claims, long Control)> Batches =
        from professional in BillingClaimGen.Claim(ClaimForm.Professional).List[0, 3]
        from institutional in BillingClaimGen.Claim(ClaimForm.Institutional).List[0, 3]
        from control in Gen.Long[1, X12Envelope.MaxControlNumber - 1]
        where professional.Count + institutional.Count > 0
        select (professional.Concat(institutional).ToList(), control);

    [Fact]
    public void Any_batch_writes_ascii_with_matching_counts_and_reads_back_the_same_claims()
    {
        Batches.Sample(batch =>
        {
            var envelope = X12Envelope.For("general-hospital", "acme-health", batch.Control, new DateTimeOffset(2026, 3, 10, 14, 30, 0, TimeSpan.Zero));
            var x12 = Claim837Writer.Write(envelope, batch.Claims);

            Assert.All(x12, c => Assert.True(c is '\n' or (>= ' ' and <= '~')));
            Assert.Equal(x12.Length, Encoding.ASCII.GetByteCount(x12));
            AssertCounts(x12);
            var read = Claim837Reader.Read(x12);
            Assert.Equal(batch.Control, read.ControlNumber);
            // One functional group per form, professional first: the order the writer groups them in.
            var expected = batch.Claims.OrderBy(c => c.Form).ToList();
            Assert.Equal(ClaimJson.Of(expected), ClaimJson.Of(read.Claims));
        }, iter: 150);
    }

    /// <summary>Counted independently of the reader's own checks: SE01 = segments ST..SE, GE01 = STs in the group, IEA01 = groups.</summary>
    private static void AssertCounts(string x12)
    {
        var segments = x12.Split('~', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('\n')).Where(s => s.Length > 0).Select(s => s.Split('*')).ToList();
        int groups = 0, sets = 0, segmentsInSet = 0;
        foreach (var s in segments)
        {
            segmentsInSet++;
            switch (s[0])
            {
                case "ST":
                    segmentsInSet = 1;
                    break;
                case "SE":
                    Assert.Equal(segmentsInSet.ToString(System.Globalization.CultureInfo.InvariantCulture), s[1]);
                    sets++;
                    break;
                case "GE":
                    Assert.Equal(sets.ToString(System.Globalization.CultureInfo.InvariantCulture), s[1]);
                    sets = 0;
                    groups++;
                    break;
                case "IEA":
                    Assert.Equal(groups.ToString(System.Globalization.CultureInfo.InvariantCulture), s[1]);
                    break;
            }
        }
    }
}
