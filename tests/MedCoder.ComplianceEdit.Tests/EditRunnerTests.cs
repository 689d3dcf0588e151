using MedCoder.CodeSets.Library;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.ComplianceEdit.Edits.CodeSetVersion;
using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Contracts.Coding;
using MedCoder.CodeSets.Versioning;
using Microsoft.Extensions.DependencyInjection;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;

namespace MedCoder.ComplianceEdit.Tests;

public sealed class EditRunnerTests
{
    private static readonly DateOnly InFy2026 = new(2026, 3, 2);

    /// <summary>An edit family that reports one finding per code of the context, and records the snapshots it was given.</summary>
    private sealed class Echo(string family) : ICodingEdit
    {
        public List<CodeSetSnapshot> Seen { get; } = [];

        public string Family => family;

        public string RuleSource => "test rules";

        public string SourceVersion(EditContext context) => context.CodeSets.Icd10Cm.Version;

        public IEnumerable<EditFinding> Run(EditContext context)
        {
            Seen.Add(context.CodeSets);
            return context.Codes.Select(c => new EditFinding($"{family}-ECHO", EditSeverity.Warning, c.Code, "echo", SourceVersion(context)));
        }
    }

    /// <summary>Counts the snapshots asked for, to show the runner chooses one per encounter.</summary>
    private sealed class CountingCodeSets(ICodeSets inner) : ICodeSets
    {
        public int Snapshots { get; private set; }

        public CodeSetSnapshot For(DateOnly dateOfService)
        {
            Snapshots++;
            return inner.For(dateOfService);
        }

        public CodeSetSnapshot For(DateOnly dateOfService, string? pinnedIcd10CmVersion)
        {
            Snapshots++;
            return inner.For(dateOfService, pinnedIcd10CmVersion);
        }

        public IReadOnlyList<LoadedVersion> Versions => inner.Versions;

        public IEnumerable<LoadedTable> ReleasesOf(SourceKind kind) => inner.ReleasesOf(kind);

        public IEnumerable<Icd10CmEdition> Icd10CmEditions => inner.Icd10CmEditions;
    }

    private static IReadOnlyList<SuggestedCode> TwoCodes => [Dx("I10"), Dx("E11.65")];

    [Fact]
    public void Every_registered_edit_runs_on_one_snapshot_chosen_once()
    {
        var codeSets = new CountingCodeSets(Shipped.Value);
        var (first, second) = (new Echo("ZZ"), new Echo("AA"));

        var findings = new EditRunner(codeSets, [first, second]).Run(On(InFy2026), TwoCodes, [], "ICD-10-CM FY2025");

        Assert.Equal(4, findings.Count);
        Assert.Equal(1, codeSets.Snapshots);
        var snapshot = Assert.Single(first.Seen);
        Assert.Same(snapshot, Assert.Single(second.Seen));
        Assert.Equal(VersionStatus.Pinned, snapshot.Icd10Cm.Status);
        Assert.All(findings, f => Assert.Equal("ICD-10-CM FY2025", f.Source));
    }

    [Fact]
    public void Findings_come_family_by_family_whatever_the_registration_order()
    {
        var registered = new EditRunner(Shipped.Value, [new Echo("ZZ"), new Echo("AA")]).Run(On(InFy2026), TwoCodes, [], null);
        var reversed = new EditRunner(Shipped.Value, [new Echo("AA"), new Echo("ZZ")]).Run(On(InFy2026), TwoCodes, [], null);

        Assert.Equal(["AA-ECHO I10", "AA-ECHO E11.65", "ZZ-ECHO I10", "ZZ-ECHO E11.65"], registered.Select(f => $"{f.EditId} {f.Code}"));
        Assert.Equal(registered, reversed);
    }

    [Fact]
    public void Two_edits_of_one_family_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new EditRunner(Shipped.Value, [new Echo("DX"), new Icd10CmValidityEdit(TimeProvider.System)]));

        Assert.Contains("family DX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_outside_the_edits_family_is_refused()
    {
        var runner = new EditRunner(Shipped.Value, [new Outsider()]);

        Assert.Throws<InvalidOperationException>(() => runner.Run(On(InFy2026), TwoCodes, [], null));
    }

    [Fact]
    public void The_service_registers_every_family_once()
    {
        var services = new ServiceCollection();
        services.AddComplianceEdit();
        services.AddCodingEdit<Icd10CmValidityEdit>(); // registering a family twice keeps one

        var families = services.Where(d => d.ServiceType == typeof(ICodingEdit)).Select(d => d.ImplementationType).ToList();

        Assert.Equal(
            [
                typeof(CodeSetVersionEdit), typeof(Icd10CmValidityEdit), typeof(Edits.Hcpcs.HcpcsValidityEdit), typeof(Edits.Cpt.CptFormatEdit), typeof(Edits.Mce.MceEdit),
                typeof(Edits.Excludes1.Excludes1Edit), typeof(Edits.Sequencing.SequencingEdit), typeof(Edits.Mue.MueEdit), typeof(Edits.AddOnCodes.NcciAddOnCodeEdit),
                typeof(Edits.Ptp.NcciPtpEdit), typeof(Edits.Modifiers.ModifierEdit), typeof(Edits.PlaceOfService.PlaceOfServiceEdit), typeof(Edits.Npi.NpiEdit), typeof(Edits.Claim.ClaimShapeEdit),
            ],
            families);
    }

    [Fact]
    public void Line_edits_see_the_lines_the_claim_will_bill()
    {
        ServiceLine[] lines = [new(1, "J1100", [], 10, 12m, null), new(2, "96374", [], 1, 80m, null)];

        var findings = new EditRunner(Shipped.Value, [new UnitsPerLine()]).Run(On(InFy2026), TwoCodes, lines, null);

        Assert.Equal([("J1100", "10"), ("96374", "1")], findings.Select(f => (f.Code, f.Explanation)));
    }

    /// <summary>A line edit in the shape MUE will have: one finding per line, naming its units.</summary>
    private sealed class UnitsPerLine : ICodingEdit
    {
        public string Family => "LINE";

        public string RuleSource => "test rules";

        public string SourceVersion(EditContext context) => "none";

        public IEnumerable<EditFinding> Run(EditContext context) =>
            context.Lines.Select(l => new EditFinding("LINE-UNITS", EditSeverity.Warning, l.Code, l.Units.ToString(System.Globalization.CultureInfo.InvariantCulture), "none"));
    }

    private sealed class Outsider : ICodingEdit
    {
        public string Family => "OUT";

        public string RuleSource => "test rules";

        public string SourceVersion(EditContext context) => "none";

        public IEnumerable<EditFinding> Run(EditContext context) => [new EditFinding("DX-INVALID", EditSeverity.Error, "I10", "wrong family", "none")];
    }
}
