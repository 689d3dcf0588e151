using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Lookup;

/// <summary>Answers "what is this code on this date of service" for the API and the CLI alike.</summary>
public sealed class CodeLookup(ICodeSets codeSets)
{
    public CodeFacts? Describe(string system, string code, DateOnly dateOfService) => system switch
    {
        CodeSystemNames.Icd10Cm => DescribeIcd10Cm(code, dateOfService),
        CodeSystemNames.Icd10Pcs => DescribeIcd10Pcs(code, dateOfService),
        CodeSystemNames.Hcpcs => DescribeHcpcs(code, dateOfService),
        _ => null,
    };

    private CodeFacts? DescribeIcd10Pcs(string code, DateOnly dateOfService)
    {
        if (codeSets.For(dateOfService).Choice(SourceKind.Icd10PcsOrder) is not { } choice)
        {
            return null;
        }

        var release = (Icd10PcsRelease)choice.Release.Table;
        var key = code.Trim().ToUpperInvariant();
        var found = release.Find(key);
        var history = codeSets.ReleasesOf(SourceKind.Icd10PcsOrder).Select(t => (Icd10PcsRelease)t.Table)
            .Select(r => r.Find(key) is { } c ? new ReleaseHistory(r.Version, true, c.Valid, c.LongDescription) : new ReleaseHistory(r.Version, false, false, null))
            .ToList();
        var structure = release.Axes(key);
        var details = structure is null ? [] : AxisDetails(structure.Axes);
        var reason = found switch
        {
            { Valid: true } => $"valid in {release.Version}",
            { IsTableHeader: true } => $"a table header in {release.Version}: a valid code has 7 characters",
            _ => history.Any(h => h.Exists) ? $"not valid in {release.Version}" : "not an ICD-10-PCS code in any loaded release",
        };
        return new CodeFacts(CodeSystemNames.Icd10Pcs, key, dateOfService, choice.Version, choice.Status, found is { Valid: true }, reason,
            found?.LongDescription, found?.ShortDescription, structure?.TableTitle is { } title ? [title] : [], [], history, details);
    }

    /// <summary>
    /// Axis name → character. Several sections name two positions alike (Measurement and Monitoring has "Body System"
    /// at 2 and 4, Imaging "Qualifier" at 6 and 7); a repeated name carries its position.
    /// </summary>
    private static Dictionary<string, string> AxisDetails(IReadOnlyList<PcsAxis> axes) =>
        axes.ToDictionary(
            a => axes.Count(other => other.Name == a.Name) > 1 ? $"{a.Name} ({a.Position})" : a.Name,
            a => a.Value.ToString(),
            StringComparer.Ordinal);

    private CodeFacts? DescribeHcpcs(string code, DateOnly dateOfService)
    {
        var snapshot = codeSets.For(dateOfService);
        if (snapshot.Choice(SourceKind.Hcpcs) is not { } choice)
        {
            return null;
        }

        var release = (HcpcsRelease)choice.Release.Table;
        var key = code.Trim().ToUpperInvariant();
        var found = release.Find(key);
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (found is not null)
        {
            details["added"] = Format(found.AddDate);
            details["terminated"] = Format(found.TerminationDate);
            details["pricing indicators"] = string.Join(" ", found.PricingIndicators);
            details["coverage"] = found.CoverageCode;
            details["BETOS"] = found.Betos;
        }

        if (snapshot.Table<MueTable>(SourceKind.Mue)?.Find(key) is { } mue)
        {
            details["MUE (practitioner)"] = $"{mue.Units} units, MAI {mue.Indicator}: {mue.IndicatorText}";
        }

        if (snapshot.Table<AddOnCodeEdits>(SourceKind.AddOnCodeEdits) is { } addOns && addOns.IsAddOn(key))
        {
            details["add-on code, primaries"] = string.Join(", ", addOns.PrimariesFor(key).Select(p => p.PrimaryCode).Take(20));
        }

        var usable = found?.IsValidOn(dateOfService) ?? false;
        var reason = found is null
            ? $"not a HCPCS Level II code in {choice.Version}"
            : usable ? $"valid on {dateOfService:yyyy-MM-dd} in {choice.Version}"
            : found.TerminationDate is { } end && end < dateOfService ? $"terminated on {end:yyyy-MM-dd}"
            : $"not yet added on {dateOfService:yyyy-MM-dd} (added {Format(found.AddDate)})";
        var history = codeSets.ReleasesOf(SourceKind.Hcpcs)
            .Select(t => ((HcpcsRelease)t.Table).Find(key) is { } c ? new ReleaseHistory(t.Version, true, c.IsValidOn(dateOfService), c.LongDescription) : new ReleaseHistory(t.Version, false, false, null))
            .ToList();
        return new CodeFacts(CodeSystemNames.Hcpcs, key, dateOfService, choice.Version, choice.Status, usable, reason,
            found?.LongDescription, found?.ShortDescription, [], [], history, details);
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private CodeFacts DescribeIcd10Cm(string code, DateOnly dateOfService)
    {
        var snapshot = codeSets.For(dateOfService);
        var edition = snapshot.Icd10Cm;
        var release = edition.Release.Codes;
        var key = Icd10CmFormat.WithoutDot(code);
        var found = release.Find(key);
        var history = codeSets.Icd10CmEditions
            .Select(e => e.Codes.Find(key) is { } c ? new ReleaseHistory(e.Codes.Version, true, c.Billable, c.LongDescription) : new ReleaseHistory(e.Codes.Version, false, false, null))
            .ToList();
        var hierarchy = new List<string>();
        for (var parent = release.Parent(key); parent is not null; parent = release.Parent(parent.Code))
        {
            hierarchy.Insert(0, $"{parent.Dotted} {parent.LongDescription}");
        }

        return new CodeFacts(
            CodeSystemNames.Icd10Cm,
            found?.Dotted ?? Icd10CmFormat.WithDot(key),
            dateOfService,
            edition.Version,
            edition.Status,
            found is { Billable: true },
            Icd10CmReason(found, release, history, key),
            found?.LongDescription,
            found?.ShortDescription,
            hierarchy,
            Icd10CmNotes(edition.Release, key),
            history,
            Icd10CmChanges(edition.Release, key));
    }

    /// <summary>The code's own notes, the Excludes and instructions it inherits from its category, and its 7th characters.</summary>
    private static IReadOnlyList<CodeNote> Icd10CmNotes(Icd10CmEdition edition, string key)
    {
        if (edition.Notes is not { } notes)
        {
            return [];
        }

        var own = notes.NotesFor(key).Select(n => new CodeNote(n.Kind.ToString(), n.Text, n.Source));
        var inherited = new[] { NoteKind.Excludes1, NoteKind.Excludes2, NoteKind.CodeFirst, NoteKind.UseAdditionalCode, NoteKind.CodeAlso }
            .SelectMany(kind => notes.InheritedNotesFor(key, kind))
            .Where(n => n.DeclaredAt != key)
            .Select(n => new CodeNote($"{n.Note.Kind} (from {Icd10CmFormat.WithDot(n.DeclaredAt)})", n.Note.Text, n.Note.Source));
        var seventh = notes.SeventhCharactersFor(key) is { } definitions
            ? definitions.Characters.Select(c => new CodeNote($"7th character {c.Character} (from {Icd10CmFormat.WithDot(definitions.DefinedAt)})", c.Meaning, c.Source))
            : [];
        return [.. own, .. inherited, .. seventh];
    }

    /// <summary>What the edition's addenda and conversion table say about the code.</summary>
    private static IReadOnlyDictionary<string, string> Icd10CmChanges(Icd10CmEdition edition, string key)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (edition.OrderAddenda?.For(key) is { Count: > 0 } changes)
        {
            details[$"{edition.Codes.Version} addenda"] = string.Join("; ", changes.Select(c => $"{c.Action}: {c.LongDescription}"));
        }

        if (edition.Conversion?.Find(key) is { } conversion)
        {
            details["previous codes"] = $"{conversion.PreviousText} (effective {conversion.Effective:yyyy-MM-dd})";
        }

        if (edition.Conversion?.NewCodesFor(key) is { Count: > 0 } replacements)
        {
            details["replaced by"] = string.Join(", ", replacements.Select(r => r.Dotted));
        }

        if (edition.PoaExempt?.IsExempt(key) == true)
        {
            details["POA"] = "exempt from present-on-admission reporting";
        }

        return details;
    }

    private static string Icd10CmReason(Icd10CmCode? found, Icd10CmRelease release, IReadOnlyList<ReleaseHistory> history, string key)
    {
        if (found is { Billable: true })
        {
            return $"valid and billable in {release.Version}";
        }

        if (found is not null)
        {
            return $"a header in {release.Version}, not billable: use one of its {release.Children(key).Count} more specific codes";
        }

        var elsewhere = history.Where(h => h.Exists).Select(h => h.Version).ToList();
        if (elsewhere.Count == 0)
        {
            return $"not an ICD-10-CM code in any loaded release";
        }

        var firstYear = history.First(h => h.Exists).Version;
        return string.CompareOrdinal(firstYear, release.Version) > 0
            ? $"not yet valid: added in {firstYear}"
            : $"deleted: not in {release.Version} (last in {elsewhere[^1]})";
    }
}
