using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Versioning;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;

namespace MedCoder.ComplianceEdit.Tests.Support;

/// <summary>Claims with lines for the line edits, run through the service's runner; codes were read from the shipped files.</summary>
internal static class Lines
{
    public static readonly DateOnly Dos = new(2026, 3, 2);

    public static ServiceLine Line(int number, string code, int units = 1, params string[] modifiers) => new(number, code, modifiers, units, 100m, null);

    public static IReadOnlyList<EditFinding> Run(Encounter encounter, IReadOnlyList<ServiceLine> lines, params SuggestedCode[] codes) =>
        Runner.Value.Run(encounter, codes.Length == 0 ? [Dx("I10")] : codes, lines, codeSetVersion: null);

    public static IReadOnlyList<EditFinding> Run(IReadOnlyList<ServiceLine> lines, CareSetting setting = CareSetting.Office) =>
        Run(new EncounterBuilder().WithServiceDate(Dos).WithSetting(setting).Build(), lines);

    /// <summary>The findings of one family.</summary>
    public static List<EditFinding> Of(this IReadOnlyList<EditFinding> findings, string family) =>
        [.. findings.Where(f => f.EditId.StartsWith(family + "-", StringComparison.Ordinal) && !(family == "NCCI" && f.EditId.StartsWith("NCCI-AOC", StringComparison.Ordinal)))];

    /// <summary>The shipped snapshot for the date with one table replaced (a deleted PTP edit, a trimmed POS list).</summary>
    public static EditContext WithTable(Encounter encounter, IReadOnlyList<ServiceLine> lines, SourceKind kind, MedCoder.CodeSets.Files.ICacheable table, IReadOnlyList<SuggestedCode>? codes = null)
    {
        var shipped = Shipped.Value.For(encounter.ServiceStart);
        var period = EffectivePeriod.QuarterStarting(encounter.ServiceStart.Year, ((encounter.ServiceStart.Month - 1) / 3 * 3) + 1);
        var replaced = new VersionChoice<LoadedTable>(new LoadedTable(kind, $"{kind} test", period, "test", table), $"{kind} test", period, VersionStatus.InForce);
        var snapshot = new CodeSetSnapshot(encounter.ServiceStart, shipped.Icd10Cm, [.. shipped.Tables.Where(t => t.Release.Kind != kind), replaced]);
        return new EditContext(encounter, codes ?? [Dx("I10")], lines, snapshot);
    }
}
