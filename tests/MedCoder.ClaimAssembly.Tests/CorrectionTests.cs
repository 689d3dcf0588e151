using MedCoder.ClaimAssembly.Delivery;
using Microsoft.Extensions.Options;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;
using Xunit.Abstractions;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>Corrections (docs/architecture.md#corrections): superseded, replacement (CLM05-3 = 7, REF*F8) and void (8) claims.</summary>
public sealed class CorrectionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ClaimStoreHarness _harness = new();

    public Task InitializeAsync()
    {
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private static CodingValidated Revision(int revision) => ClaimStoreHarness.OfficeRevision("E-COR", revision);

    private Task<Claim> AssembleAsync(int revision) => _harness.AssembleAsync(Revision(revision));

    private Task<Claim> ClaimAsync(string id) => _harness.ClaimAsync(id);

    private Task SetAsync(Claim claim, Func<Claim, Claim> change) => _harness.SetAsync(claim, change);

    private async Task<IReadOnlyList<string>> ReadyIdsAsync() =>
        [.. (await _harness.Collections.Claims.QueryAsync(new DocumentQuery(null, ClaimStatusNames.Ready))).Items.Select(d => d.Id)];

    [Fact]
    public async Task A_revision_before_the_payer_has_the_claim_supersedes_it_and_is_an_original()
    {
        var first = await AssembleAsync(1);

        var second = await AssembleAsync(2);

        first = await ClaimAsync(first.Id);
        Assert.Equal((ClaimStatus.Superseded, second.Id), (first.Status, first.SupersededBy));
        Assert.Equal([second.Id], await ReadyIdsAsync());
        Assert.Equal((null, null, first.Id), (second.Frequency, second.PayerClaimReference, second.Corrects));
        var x12 = Render(second);
        Assert.Contains("*11:B:1*", x12, StringComparison.Ordinal);
        Assert.DoesNotContain("REF*F8", x12, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_revision_after_a_crash_between_supersede_and_insert_keeps_the_link()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.Supersede(ClaimBuilder.ClaimIdFor(first.Key, 2)));

        var second = await AssembleAsync(2);

        Assert.Equal(first.Id, second.Corrects);
        Assert.Equal([second.Id], await ReadyIdsAsync());
    }

    [Theory]
    [InlineData(ClaimStatus.Acknowledged)]
    [InlineData(ClaimStatus.Delivered)]
    public async Task A_revision_after_the_payer_has_the_claim_is_a_replacement_naming_it(ClaimStatus had)
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => had == ClaimStatus.Delivered ? c.MarkDelivered("webhook", ClaimSamples.At) : c.Acknowledge(ClaimSamples.At));

        var second = await AssembleAsync(2);

        Assert.Equal(had, (await ClaimAsync(first.Id)).Status);
        Assert.Equal((ClaimFrequency.Replacement, first.Id), (second.Frequency, second.PayerClaimReference));
        var x12 = Render(second);
        Assert.Contains("*11:B:7*", x12, StringComparison.Ordinal);
        Assert.Contains($"REF*F8*{first.Id}~", x12, StringComparison.Ordinal);
        Assert.Equal(first.Id, Assert.Single(Claim837Reader.Read(x12).Claims).PayerClaimReference);
    }

    [Fact]
    public async Task A_replacement_names_the_payers_claim_control_number_when_its_277ca_gave_one()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.MarkDelivered("webhook", ClaimSamples.At).Acknowledge(ClaimSamples.At, "ACME2026031200017"));

        var second = await AssembleAsync(2);
        var third = await AssembleAsync(3); // supersedes the unsent replacement and keeps what it replaces

        foreach (var replacement in new[] { second, third })
        {
            Assert.Equal((ClaimFrequency.Replacement, first.Id, "ACME2026031200017"), (replacement.Frequency, replacement.PayerClaimReference, replacement.CorrectedPayerClaimNumber));
        }

        var x12 = Render(third);
        Assert.Contains("REF*F8*ACME2026031200017~", x12, StringComparison.Ordinal);
        Assert.DoesNotContain($"REF*F8*{first.Id}", x12, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revision_superseding_an_unsent_replacement_stays_a_replacement_of_the_same_claim()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.Acknowledge(ClaimSamples.At));
        var second = await AssembleAsync(2);

        var third = await AssembleAsync(3);

        Assert.Equal(ClaimStatus.Superseded, (await ClaimAsync(second.Id)).Status);
        Assert.Equal((ClaimFrequency.Replacement, first.Id, second.Id), (third.Frequency, third.PayerClaimReference, third.Corrects));
        Assert.Equal([third.Id], await ReadyIdsAsync());
    }

    [Fact]
    public async Task A_revision_after_a_rejection_is_a_new_original()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.Reject("277CA A3:21", ClaimSamples.At));

        var second = await AssembleAsync(2);

        Assert.Equal(ClaimStatus.Rejected, (await ClaimAsync(first.Id)).Status);
        Assert.Null(second.Frequency);
        Assert.Null(second.PayerClaimReference);
    }

    [Fact]
    public void A_void_is_the_claim_with_frequency_8_naming_it()
    {
        var claim = ClaimSamples.Professional();

        var x12 = Render(ClaimCorrections.Void(claim));

        Assert.Contains("*11:B:8*", x12, StringComparison.Ordinal);
        Assert.Contains($"REF*F8*{claim.Id}~", x12, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("professional-replacement")]
    [InlineData("professional-void")]
    [InlineData("institutional-replacement")]
    [InlineData("institutional-void")]
    public void Pyx12_accepts_replacements_and_voids(string kind)
    {
        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);
        var claim = kind.StartsWith("professional", StringComparison.Ordinal) ? ClaimSamples.Professional() : ClaimSamples.Institutional();
        var corrected = kind.EndsWith("void", StringComparison.Ordinal)
            ? ClaimCorrections.Void(claim)
            : claim with { Frequency = ClaimFrequency.Replacement, PayerClaimReference = "clm-0123456789abcdef" };

        var x12 = Render(corrected);

        var (ok, report) = PyX12.Validate(x12, kind);
        output.WriteLine(report);
        Assert.True(ok, report + "\n" + x12);
        var read = Assert.Single(Claim837Reader.Read(x12).Claims);
        Assert.Equal((corrected.Frequency, corrected.PayerClaimReference), (read.FrequencyCode, read.PayerClaimReference));
        if (claim.Form == ClaimForm.Institutional)
        {
            Assert.Equal(claim.Institutional!.TypeOfBill[..2] + corrected.Frequency, read.Institutional!.TypeOfBill);
        }
    }

    [Fact]
    public void The_fhir_claim_of_a_replacement_names_the_prior_claim_and_a_void_is_cancelled()
    {
        var claim = ClaimSamples.Professional();
        var replacement = claim with { Frequency = ClaimFrequency.Replacement, PayerClaimReference = "clm-0123456789abcdef" };

        var replaced = FhirClaimOf(replacement);
        var voided = FhirClaimOf(ClaimCorrections.Void(claim));

        var related = Assert.Single(replaced.Related);
        Assert.Equal(("clm-0123456789abcdef", "prior"), (related.Claim!.Identifier!.Value, related.Relationship!.Coding[0].Code));
        Assert.Equal(Hl7.Fhir.Model.FinancialResourceStatusCodes.Active, replaced.Status);
        Assert.Equal((Hl7.Fhir.Model.FinancialResourceStatusCodes.Cancelled, claim.Id), (voided.Status, Assert.Single(voided.Related).Claim!.Identifier!.Value));
    }

    private static Hl7.Fhir.Model.Claim FhirClaimOf(Claim claim)
    {
        var bundle = ClaimBundleWriter.Parse(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(ClaimSamples.Billing(claim), ClaimSamples.At)));
        return Assert.IsType<Hl7.Fhir.Model.Claim>(bundle.Entry[0].Resource);
    }

    private static string Render(Claim claim) => Claim837Writer.Write(ClaimSamples.Envelope, ClaimSamples.Billing(claim));
}
