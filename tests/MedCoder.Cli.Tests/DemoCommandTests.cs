using System.Text.Json;
using MedCoder.Cli.Demo;

namespace MedCoder.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_turns_every_encounter_into_one_claim_file()
    {
        var output = Directory.CreateTempSubdirectory("medcoder-demo-test-");
        try
        {
            var exitCode = await new DemoRunner(count: 12, seed: 3, output.FullName, dataDirectory: null).RunAsync(CancellationToken.None);

            Assert.Equal(0, exitCode);
            var claims = Path.Combine(output.FullName, "claims");
            var files = Directory.GetFiles(claims, "*.json").Where(f => !f.EndsWith(".fhir.json", StringComparison.Ordinal)).ToArray();
            Assert.Equal(14, files.Length); // 12 encounters and the 2 edit trips that end as claims
            // Beside each JSON claim, its 837 interchange and its FHIR R4 Bundle.
            Assert.All(files, f => Assert.StartsWith("ISA*", File.ReadAllText(Path.ChangeExtension(f, ".837")), StringComparison.Ordinal));
            Assert.All(files, f => Assert.Contains("\"resourceType\": \"Bundle\"", File.ReadAllText(Path.ChangeExtension(f, ".fhir.json")), StringComparison.Ordinal));
            var encounters = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("key").GetProperty("encounterId").GetString()!).ToHashSet();
            Assert.Equal(Enumerable.Range(0, 12).Select(i => $"ENC-3-{i:D6}").ToHashSet(), encounters.Where(e => e.StartsWith("ENC-", StringComparison.Ordinal)).ToHashSet());
            // The edit trips whose finding does not block (a warning, a bypassed PTP edit) end as claims too.
            Assert.Equal(["TRIP-3-00", "TRIP-3-03"], encounters.Where(e => e.StartsWith("TRIP-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.All(files, f => Assert.Equal(Path.GetFileNameWithoutExtension(f), JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("id").GetString()));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Demo_trips_each_edit_family_and_stops_only_the_blocking_trips()
    {
        var runner = new DemoRunner(count: 10, seed: 5, outputDirectory: null, dataDirectory: null);

        Assert.Equal(0, await runner.RunAsync(CancellationToken.None));

        Assert.Equal(Enum.GetValues<MedCoder.SyntheticEncounters.EditTrip>().Length, runner.Trips.Count);
        Assert.All(runner.Trips, t => Assert.True(t.AsExpected, $"{t.Trip}: caught {t.Caught}, claimed {t.Claimed}"));
        Assert.Equal(["MCE-SEX", "NCCI-AOC-NO-PRIMARY", "NCCI-PTP-MODIFIER-REQUIRED", "NCCI-PTP-BYPASSED", "MUE-DOS"], runner.Trips.Select(t => t.EditId));
    }

    /// <summary>
    /// The demo's answer key guards claim coding end to end: a dictionary source that reads list fragments of the
    /// code book as conditions ("nose (C30.0)") once put C30.0 on a sixth of the claims, and no engine test noticed.
    /// </summary>
    [Fact]
    public async Task Demo_claims_carry_the_answer_keys_diagnoses_with_the_principal_first()
    {
        var runner = new DemoRunner(count: 120, seed: 77, outputDirectory: null, dataDirectory: null);

        Assert.Equal(0, await runner.RunAsync(CancellationToken.None));

        var accuracy = runner.Accuracy!;
        Assert.True(accuracy.Recall >= 0.95, $"recall {accuracy.Recall:F3}");
        Assert.True(accuracy.Precision >= 0.67, $"precision {accuracy.Precision:F3}");
        Assert.True(accuracy.PrincipalFirst >= 0.78, $"principal first {accuracy.PrincipalFirst:F3}");
    }

    [Fact]
    public async Task Without_a_reviewer_held_encounters_wait_on_the_worklist_and_make_no_claim()
    {
        var reviewed = new DemoRunner(count: 6, seed: 9, outputDirectory: null, dataDirectory: null);
        var unreviewed = new DemoRunner(count: 6, seed: 9, outputDirectory: null, dataDirectory: null, autoReview: false);

        Assert.Equal(0, await reviewed.RunAsync(CancellationToken.None));
        Assert.Equal(0, await unreviewed.RunAsync(CancellationToken.None));

        Assert.True(reviewed.Worklist.Released > 0, "the synthetic encounters go through the worklist at the default threshold");
        Assert.Equal(0, reviewed.Worklist.Waiting);
        Assert.True(reviewed.Worklist.Returned > 0, "the blocking edit trips are held, and the reviewer returns them to the provider");
        Assert.Equal(reviewed.Worklist.Released + reviewed.Worklist.Returned, unreviewed.Worklist.Waiting);
    }

    [Fact]
    public async Task Demo_command_line_rejects_a_bad_count()
    {
        var command = DemoCommand.Create();
        var result = command.Parse(["--count", "0"]);

        Assert.NotEmpty(result.Errors);
        Assert.Contains(result.Errors, e => e.Message.Contains("--count", StringComparison.Ordinal));
        await Task.CompletedTask;
    }
}
