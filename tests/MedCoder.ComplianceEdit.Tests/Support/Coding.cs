using MedCoder.CodeSets.Library;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.ComplianceEdit.Tests.Support;

/// <summary>The shipped code sets, the service's edit families and small encounters to run them on.</summary>
internal static class Coding
{
    public static readonly Lazy<CodeSetLibrary> Shipped = new(() => CodeSetLibrary.Load());

    /// <summary>The runner the service resolves, with every family the service registers, over the shipped code sets.</summary>
    public static readonly Lazy<EditRunner> Runner = new(() => new ServiceCollection()
        .AddSingleton<ICodeSets>(Shipped.Value)
        .AddComplianceEdit()
        .BuildServiceProvider()
        .GetRequiredService<EditRunner>());

    public static Encounter On(DateOnly date, string id = "E-1") =>
        new EncounterBuilder().WithEncounterId(id).WithServiceDate(date).Build();

    public static SuggestedCode Dx(string code) => new(CodeSystems.Icd10Cm, code, "d", 0.9, [], "test");

    /// <summary>A billable code of FY2026 that FY2025 does not have (added by the FY2026 addenda).</summary>
    public static SuggestedCode AddedInFy2026() => Dx(BillableOnlyIn(2026, notIn: 2025));

    /// <summary>A billable code of FY2025 that FY2026 deleted.</summary>
    public static SuggestedCode DeletedInFy2026() => Dx(BillableOnlyIn(2025, notIn: 2026));

    private static string BillableOnlyIn(int fiscalYear, int notIn)
    {
        var other = Shipped.Value.Icd10CmEditions.Single(e => e.FiscalYear == notIn).Codes;
        return Shipped.Value.Icd10CmEditions.Single(e => e.FiscalYear == fiscalYear).Codes.Codes.First(c => c.Billable && other.Find(c.Code) is null).Dotted;
    }
}
