using System.Security.Claims;
using System.Text.Json;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Time.Testing;
using Claim = MedCoder.ClaimAssembly.Claims.Claim;

namespace MedCoder.ClaimAssembly.Tests;

public sealed class ClaimAcknowledgementTests
{
    private static readonly DateTimeOffset Assembled = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Claim ReadyClaim()
    {
        var key = new EncounterKey("general-hospital", "ehr", "E-11");
        var encounter = new Encounter(
            key, 1, CareSetting.Office, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2),
            new Patient("MRN-1", new DateOnly(1960, 1, 1), AdministrativeSex.Female), "1234567893", "1245319599",
            new Coverage("acme-health", "ACM1"), [new ClinicalNote("progress", "Dr. Test", Assembled, "text")], [new Charge("99213", 1, 120m, [])]);
        var validated = new CodingValidated(key, 1, Guid.NewGuid(), encounter, [new SuggestedCode(CodeSystems.Icd10Cm, "I10", "d", 0.9, [], "test")], [], "ICD-10-CM FY2026", Assembled);
        return ClaimBuilder.Build(validated, Assembled);
    }

    [Fact]
    public void Acknowledging_a_ready_claim_records_the_time_and_again_keeps_the_first()
    {
        var claim = ReadyClaim();

        var first = claim.Acknowledge(Assembled.AddHours(1));
        var second = first.Acknowledge(Assembled.AddHours(2));

        Assert.Equal((ClaimStatus.Acknowledged, Assembled.AddHours(1)), (first.Status, first.AcknowledgedAt));
        Assert.Same(first, second);
        Assert.Equal((ClaimStatus.Ready, (DateTimeOffset?)null), (claim.Status, claim.AcknowledgedAt));
    }

    [Theory]
    [InlineData(ClaimStatus.Ready, "ready")]
    [InlineData(ClaimStatus.Acknowledged, "acknowledged")]
    public void Status_is_stored_served_and_indexed_by_its_lower_case_name(ClaimStatus status, string name)
    {
        var claim = ReadyClaim() with { Status = status };

        foreach (var options in new[] { StoreJson.Options, new JsonSerializerOptions(JsonSerializerDefaults.Web) })
        {
            var json = JsonSerializer.SerializeToElement(claim, options);
            Assert.Equal(name, json.GetProperty("status").GetString());
            Assert.Equal(status, JsonSerializer.Deserialize<Claim>(json.GetRawText(), options)!.Status);
        }

        Assert.Equal(name, status.Name());
    }

    [Fact]
    public async Task Concurrent_acknowledgements_store_one_time_and_answer_the_same_claim()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var claim = ReadyClaim();
        await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        var clock = new FakeTimeProvider(Assembled.AddHours(1));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            ClaimEndpoints.AcknowledgeAsync(claim.Id, As("payer", "acme-health"), collections, clock, CancellationToken.None))));

        Assert.All(answers, a => Assert.Equal(Assembled.AddHours(1), Assert.IsType<Ok<Claim>>(a.Result).Value!.AcknowledgedAt));
        var stored = (await collections.Claims.GetAsync(claim.Id))!;
        Assert.Equal((2L, ClaimStatusNames.Acknowledged, Assembled.AddHours(1)), (stored.Version, stored.Status, stored.Body.AcknowledgedAt));
        Assert.Equal(1, await collections.Claims.CountAsync(status: ClaimStatusNames.Acknowledged));
    }

    [Fact]
    public async Task Another_payers_claim_is_not_found_and_stays_ready()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var claim = ReadyClaim();
        await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));

        var answer = await ClaimEndpoints.AcknowledgeAsync(claim.Id, As("payer", "blue-river-health"), collections, TimeProvider.System, CancellationToken.None);

        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<ProblemHttpResult>(answer.Result).StatusCode);
        Assert.Equal(ClaimStatus.Ready, (await collections.Claims.GetAsync(claim.Id))!.Body.Status);
    }

    private static DefaultHttpContext As(string role, string organization) => new()
    {
        User = new ClaimsPrincipal(new ClaimsIdentity(
            [new(ClaimTypes.NameIdentifier, "test-key"), new(ClaimTypes.Role, role), new(Caller.OrganizationClaim, organization)], "test")),
    };
}
