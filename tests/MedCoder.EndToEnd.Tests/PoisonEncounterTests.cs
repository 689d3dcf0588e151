using MedCoder.AllInOne.Client;
using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// Issue 13, finding 9: an encounter whose values break a later stage must end "failed" with a reason in its status
/// route, never stay at the last stage it reached. The poison is accepted through Intake's own service (bypassing the
/// HTTP validator, as a message stored before the bounds existed would), on the embedded host's in-memory bus.
/// </summary>
public sealed class PoisonEncounterTests
{
    private const string OpsKey = "demo-ops-key";

    /// <summary>MassTransit's retries (5, exponential up to 10 s) run before a fault is published.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Amounts_past_decimal_range_end_failed_with_the_claim_rule_named()
    {
        await using var server = await EmbeddedServer.StartAsync();
        var id = await AcceptBypassingValidationAsync(server, e => e with { Charges = [Line(decimal.MaxValue), Line(decimal.MaxValue)] });

        var status = await WaitUntilSettledAsync(server, id);

        Assert.Equal(Stages.Failed, status.Status);
        Assert.Contains("CHARGE-AMOUNT-RANGE", status.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain("79228", status.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_that_gives_up_after_retries_marks_the_encounter_failed_with_stage_and_exception_type()
    {
        await using var server = await EmbeddedServer.StartAsync();
        // A message from before charges existed carries none (null): claim assembly throws on it, retries, and gives up.
        var id = await AcceptBypassingValidationAsync(server, e => e with { Charges = null! });

        var status = await WaitUntilSettledAsync(server, id);

        Assert.Equal(Stages.Failed, status.Status);
        Assert.Matches("^claim-assembly gave up after retries: [A-Za-z]+Exception$", status.FailureReason);
        Assert.Equal(status.FailureReason, status.LastFailureReason);
        Assert.NotNull(status.ValidatedAt);
    }

    private static Charge Line(decimal amount) => new("99213", 1, amount, []);

    private static async Task<string> AcceptBypassingValidationAsync(EmbeddedServer server, Func<Encounter, Encounter> poison)
    {
        var submission = new SyntheticEncounterFactory(seed: 13).Create(0).Submission;
        var encounter = new EncounterValidator(TimeProvider.System).Validate(submission).Encounter!;
        var outcome = await server.Services.GetRequiredService<EncounterIntake>().SubmitAsync(poison(encounter), null, CancellationToken.None);
        Assert.Equal(SubmissionResult.Accepted, outcome.Result);
        return outcome.Record!.Id;
    }

    /// <summary>Polls the status route until the encounter fails or gets its claim.</summary>
    private static async Task<EncounterStatusView> WaitUntilSettledAsync(EmbeddedServer server, string id)
    {
        var deadline = DateTime.UtcNow + Patience;
        EncounterStatusView? status = null;
        var reviewer = new AutoReviewer(server.Api, AutoReviewer.DemoCoderKey);
        while (DateTime.UtcNow < deadline)
        {
            await reviewer.ReviewOnceAsync(CancellationToken.None); // held for a coder first: the poison is past the worklist
            status = await server.Api.GetEncounterAsync(id, OpsKey);
            if (status?.Status is Stages.Failed or Stages.ClaimAssembled)
            {
                return status;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"encounter still '{status?.Status}' after {Patience.TotalSeconds} s");
        return null!;
    }
}
