using MedCoder.CodeSets.Lookup;
using MedCoder.CodeSets.Versioning;
using Spectre.Console;

namespace MedCoder.Cli.CodeSets;

/// <summary>Prints a code's facts for a person at a terminal.</summary>
internal static class CodeFactsView
{
    public static void Print(CodeFacts facts)
    {
        var colour = facts.Usable ? "green" : "red";
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(facts.Code)}[/] {Markup.Escape(facts.Description ?? "(not in this release)")}");
        AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(facts.Reason)}[/] [grey]({Markup.Escape(facts.Version)}, date of service {facts.DateOfService:yyyy-MM-dd})[/]");
        if (facts.VersionStatus != VersionStatus.InForce)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(facts.Version)} is not the release in force on that date ({facts.VersionStatus}).[/]");
        }

        foreach (var level in facts.Hierarchy)
        {
            AnsiConsole.MarkupLine($"  [grey]in[/] {Markup.Escape(level)}");
        }

        foreach (var (name, value) in facts.Details)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(name)}: {Markup.Escape(value)}");
        }

        foreach (var note in facts.Notes)
        {
            AnsiConsole.MarkupLine($"  [blue]{Markup.Escape(note.Kind)}[/] {Markup.Escape(note.Text)} [grey]({Markup.Escape(note.Source)})[/]");
        }

        foreach (var release in facts.History)
        {
            var state = !release.Exists ? "absent" : release.Billable ? "valid" : "present, not usable";
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(release.Version)}:[/] {state}{(release.Exists && release.Description != facts.Description ? " — " + Markup.Escape(release.Description ?? string.Empty) : string.Empty)}");
        }
    }
}
