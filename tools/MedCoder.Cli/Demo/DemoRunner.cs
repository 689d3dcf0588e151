using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using MedCoder.AllInOne;
using MedCoder.AllInOne.Client;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.Storage;
using MedCoder.SyntheticEncounters;
using Spectre.Console;

namespace MedCoder.Cli.Demo;

/// <summary>Runs the embedded default, drives it through its HTTP API like a hospital and a payer would, and reports.</summary>
/// <param name="autoReview">Play a coder who accepts every suggestion the worklist holds (`--review auto`).</param>
public sealed class DemoRunner(int count, int seed, string? outputDirectory, string? dataDirectory, bool autoReview = true)
{
    public const string ReviewAuto = "auto";
    public const string ReviewNone = "none";

    private const string HospitalKey = "demo-hospital-key";
    private const string OpsKey = "demo-ops-key";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>The claims' diagnoses against the generator's answer key, once <see cref="RunAsync"/> has finished.</summary>
    public DemoAccuracy? Accuracy { get; private set; }

    /// <summary>Encounters a coder released from the worklist (with --review auto), or left on it (none), once <see cref="RunAsync"/> has finished.</summary>
    public (int Released, int Returned, long Waiting) Worklist { get; private set; }

    /// <summary>How each trip encounter ended, once <see cref="RunAsync"/> has finished.</summary>
    public IReadOnlyList<DemoTrips.Outcome> Trips { get; private set; } = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var temporary = dataDirectory is null ? Directory.CreateTempSubdirectory("medcoder-demo-") : null;
        var data = Path.GetFullPath(dataDirectory ?? temporary!.FullName);
        var app = AllInOneHost.Build("http://127.0.0.1:0", data, quiet: true, new Dictionary<string, string?> { ["MEDCODER_RABBITMQ_URL"] = string.Empty });
        try
        {
            await app.StartAsync(cancellationToken);
            var address = AllInOneHost.BoundAddress(app);
            AnsiConsole.MarkupLine($"[grey]Embedded MedCoder on {address} (in-memory bus, SQLite in {Markup.Escape(data)})[/]");
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            var api = new MedCoderApiClient(http);

            var stopwatch = Stopwatch.StartNew();
            var trips = EditTrips.Create(new SyntheticEncounterFactory(seed), seed);
            var reviewer = new AutoReviewer(api, AutoReviewer.DemoCoderKey);
            using var reviewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var review = autoReview ? reviewer.RunAsync(TimeSpan.FromMilliseconds(250), reviewing.Token) : Task.CompletedTask;
            var (accepted, rejected, claims, failed, held) = await DriveAsync(api, trips, cancellationToken);
            await reviewing.CancelAsync();
            await review;
            var elapsed = stopwatch.Elapsed;
            var edits = await api.EditStatsAsync(OpsKey, cancellationToken);

            if (outputDirectory is not null)
            {
                await WriteClaimsAsync(api, claims, outputDirectory, cancellationToken);
            }

            Accuracy = DemoAccuracy.Of(claims, new SyntheticEncounterFactory(seed), count);
            Trips = await DemoTrips.OfAsync(trips, claims, api, OpsKey, cancellationToken);
            Worklist = (reviewer.Released, reviewer.Returned, held);
            PrintSummary(accepted, rejected, claims, failed, elapsed, Accuracy);
            AnsiConsole.MarkupLine(autoReview
                ? $"[grey]{reviewer.Released} encounters went through the coder worklist (--review auto: a coder accepted every suggestion); {reviewer.Returned} with edit errors went back to the provider[/]"
                : $"[grey]{held} encounters wait on the coder worklist (--review none)[/]");
            DemoTrips.Print(Trips, edits);

            // Every generated encounter ends as a claim; each trip encounter is caught by its family, and only those
            // whose finding blocks (an error) end without a claim.
            var generatedClaims = claims.Count(c => c.Key.EncounterId.StartsWith("ENC-", StringComparison.Ordinal));
            var blocked = trips.Count(t => t.Blocks);
            if (!autoReview)
            {
                return accepted == count + trips.Count && rejected == 0 && claims.Count + failed + held == accepted ? 0 : 1;
            }

            return accepted == count + trips.Count && rejected == 0 && generatedClaims == count && failed == blocked && Trips.All(t => t.AsExpected) ? 0 : 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            if (temporary is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                temporary.Delete(recursive: true);
            }
        }
    }

    private async Task<(int Accepted, int Rejected, IReadOnlyList<Claim> Claims, long Failed, long Held)> DriveAsync(MedCoderApiClient api, IReadOnlyList<EditTripEncounter> trips, CancellationToken cancellationToken)
    {
        var factory = new SyntheticEncounterFactory(seed);
        var total = count + trips.Count;
        var accepted = 0;
        var rejected = 0;
        IReadOnlyList<Claim> claims = [];
        long failed = 0;
        long held = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var submitted = progress.AddTask("Encounters submitted", maxValue: total);
                var assembled = progress.AddTask("Claims assembled", maxValue: total);
                var submissionsDone = false;
                var polling = PollClaimsAsync(api, assembled, () => Volatile.Read(ref submissionsDone) ? Volatile.Read(ref accepted) : null, autoReview, cancellationToken);
                await Parallel.ForAsync(0, total, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
                {
                    var submission = i < count ? factory.Create(i).Submission : trips[i - count].Submission;
                    var result = await api.SubmitAsync(submission, HospitalKey, cancellationToken: ct);
                    Interlocked.Increment(ref result.Status == HttpStatusCode.Accepted ? ref accepted : ref rejected);
                    submitted.Increment(1);
                });
                Volatile.Write(ref submissionsDone, true);
                (claims, failed, held) = await polling;
            });
        return (accepted, rejected, claims, failed, held);
    }

    /// <summary>Polls the payer API (as ops) until every accepted encounter has a claim or has failed.</summary>
    /// <param name="acceptedOnceDone">The number accepted once all submissions are done, null before.</param>
    private static async Task<(IReadOnlyList<Claim>, long, long)> PollClaimsAsync(MedCoderApiClient api, ProgressTask bar, Func<int?> acceptedOnceDone, bool reviewing, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<Claim> claims = [];
        long failed = 0;
        long held = 0;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, cancellationToken);
            claims = await api.ListClaimsAsync(OpsKey, cancellationToken: cancellationToken);
            failed = await api.CountFailedAsync(OpsKey, cancellationToken);
            held = await api.CountInStatusAsync(Contracts.Stages.HeldForReview, OpsKey, cancellationToken);
            bar.Value = claims.Count + failed;
            // Settled: every accepted encounter has a claim, failed, or (without a reviewer) waits for a coder.
            if (acceptedOnceDone() is { } accepted && claims.Count + failed + (reviewing ? 0 : held) >= accepted)
            {
                break;
            }
        }

        return (claims, failed, held);
    }

    /// <summary>Each claim as DIR/claims/&lt;id&gt;.json, .837 (the interchange the payer API serves) and .fhir.json (its FHIR R4 Bundle).</summary>
    private static async Task WriteClaimsAsync(MedCoderApiClient api, IReadOnlyList<Claim> claims, string outputDirectory, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(outputDirectory, "claims"));
        var options = new JsonSerializerOptions(StoreJson.Options) { WriteIndented = true };
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, claim.Id + ".json"), JsonSerializer.Serialize(claim, options), cancellationToken);
            foreach (var (mediaType, extension) in new[] { (ClaimMediaTypes.X12, ".837"), (ClaimMediaTypes.Fhir, ".fhir.json") })
            {
                var (text, problem) = await api.GetClaimAsAsync(claim.Id, mediaType, OpsKey, cancellationToken);
                if (text is null)
                {
                    AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(claim.Id)}{extension}: not written ({Markup.Escape(problem ?? "")})[/]");
                    continue;
                }

                // The 837 is ASCII by construction (the writer refuses anything else); written without a BOM.
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, claim.Id + extension), text, extension == ".837" ? Encoding.ASCII : new UTF8Encoding(false), cancellationToken);
                if (extension == ".837")
                {
                    var form = claim.Form == Contracts.Encounters.ClaimForm.Institutional ? "837I" : "837P";
                    forms[form] = forms.GetValueOrDefault(form) + 1;
                }
            }
        }

        AnsiConsole.MarkupLine($"[grey]Wrote {claims.Count} claims to {Markup.Escape(folder.FullName)} (JSON; X12 {string.Join(", ", forms.OrderBy(f => f.Key).Select(f => $"{f.Value} {f.Key}"))}; FHIR)[/]");
    }

    private void PrintSummary(int accepted, int rejected, IReadOnlyList<Claim> claims, long failed, TimeSpan elapsed, DemoAccuracy accuracy)
    {
        var latencies = claims.Select(c => (c.AssembledAt - c.ReceivedAt).TotalMilliseconds).Order().ToList();
        var duplicates = claims.Count - claims.Select(c => (c.Key, c.Revision)).Distinct().Count();
        var table = new Table().AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Encounters submitted", $"{count} generated + {Trips.Count} edit trips");
        table.AddRow("Accepted (202)", accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Rejected", rejected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Claims assembled", claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Stopped by edits", failed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Duplicate claims", duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Diagnoses per claim (mean)", claims.Count == 0 ? "-" : claims.Average(c => c.Diagnoses.Count).ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Diagnosis precision vs answer key", $"{accuracy.Precision:F3}");
        table.AddRow("Diagnosis recall vs answer key", $"{accuracy.Recall:F3}");
        table.AddRow("Principal diagnosis first", $"{accuracy.PrincipalFirst:P1}");
        table.AddRow("Time to claim, median", latencies.Count == 0 ? "-" : $"{Percentile(latencies, 0.50):F0} ms");
        table.AddRow("Time to claim, p99", latencies.Count == 0 ? "-" : $"{Percentile(latencies, 0.99):F0} ms");
        table.AddRow("Wall time", $"{elapsed.TotalSeconds:F1} s");
        table.AddRow("Throughput", $"{claims.Count / Math.Max(elapsed.TotalSeconds, 0.001):F1} claims/s");
        AnsiConsole.Write(table);
    }

    private static double Percentile(List<double> sorted, double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
