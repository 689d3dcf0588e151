using System.Globalization;
using MedCoder.AllInOne.Client;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.Contracts.Compliance;
using MedCoder.SyntheticEncounters;
using Spectre.Console;

namespace MedCoder.Cli.Demo;

/// <summary>The demo's edit trips (<see cref="EditTrips"/>) and the compliance findings per family (GET /api/edits/stats).</summary>
public static class DemoTrips
{
    /// <summary>How one trip ended: its edit fired, and it reached a claim exactly when that finding does not block.</summary>
    public sealed record Outcome(EditTrip Trip, string EditId, bool Blocks, bool Claimed, bool Caught)
    {
        public bool AsExpected => Caught && Claimed != Blocks;
    }

    internal static async Task<IReadOnlyList<Outcome>> OfAsync(IReadOnlyList<EditTripEncounter> trips, IReadOnlyList<Claim> claims, MedCoderApiClient api, string apiKey, CancellationToken cancellationToken)
    {
        var claimed = claims.Select(c => c.Key.EncounterId).ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<Outcome>();
        foreach (var trip in trips)
        {
            var submission = trip.Submission;
            var edits = await api.GetEditsAsync(new EncounterKey(submission.Organization!, submission.SourceSystem!, submission.EncounterId!), submission.Revision ?? 1, apiKey, cancellationToken);
            var caught = edits?.Findings.Any(f => f.EditId == trip.ExpectedEditId) == true;
            outcomes.Add(new Outcome(trip.Trip, trip.ExpectedEditId, trip.Blocks, claimed.Contains(submission.EncounterId!), caught));
        }

        return outcomes;
    }

    internal static void Print(IReadOnlyList<Outcome> trips, EditStats edits)
    {
        var families = new Table().AddColumns("Edit family", "Errors", "Warnings", "Info", "Encounters");
        foreach (var family in edits.Edits.GroupBy(e => e.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            families.AddRow(
                family.Key,
                Count(family, EditSeverity.Error),
                Count(family, EditSeverity.Warning),
                Count(family, EditSeverity.Info),
                family.Sum(e => e.Encounters).ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(families);
        var outcomes = new Table().AddColumns("Edit trip", "Edit", "Expected", "Result");
        foreach (var trip in trips)
        {
            var result = (trip.Caught ? "caught" : "[red]not caught[/]") + ", " + (trip.Claimed ? "claim" : "stopped");
            outcomes.AddRow(trip.Trip.ToString(), trip.EditId, trip.Blocks ? "stopped" : "claim", trip.AsExpected ? result : $"[red]{result}[/]");
        }

        AnsiConsole.Write(outcomes);
    }

    private static string Count(IEnumerable<EditCount> counts, EditSeverity severity) =>
        counts.Where(c => c.Severity == severity).Sum(c => c.Findings).ToString(CultureInfo.InvariantCulture);
}
