using BenchmarkDotNet.Attributes;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Lines;
using MedCoder.ComplianceEdit;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.ComplianceEdit.Edits.CodeSetVersion;
using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.SyntheticEncounters;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.Benchmarks;

/// <summary>
/// The compliance edits over 1,000 realistic coded claims (the demo's synthetic encounters with their answer-key
/// diagnoses and their reconciled lines, plus the edit trips), one thread: every family the service registers
/// against the validity-only pass it had before (CODESET and DX), the Ratio column's baseline, in the same run.
/// Times are per claim (OperationsPerInvoke), so the Claims/s column is claims per second on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NotesPerSecondColumn.ClaimsConfig))]
public class ComplianceEditBenchmarks
{
    private const int Claims = 1_000;

    private EditRunner _validityOnly = null!;
    private EditRunner _everyFamily = null!;
    private (Encounter Encounter, SuggestedCode[] Codes, IReadOnlyList<ServiceLine> Lines)[] _claims = null!;

    [GlobalSetup]
    public void Setup()
    {
        var codeSets = CodeSetLibrary.Load();
        _validityOnly = new EditRunner(codeSets, [new CodeSetVersionEdit(), new Icd10CmValidityEdit(TimeProvider.System)]);
        _everyFamily = new ServiceCollection().AddSingleton<ICodeSets>(codeSets).AddComplianceEdit().BuildServiceProvider().GetRequiredService<EditRunner>();
        var factory = new SyntheticEncounterFactory(2026);
        var trips = EditTrips.Create(factory, 2026);
        _claims = [.. Enumerable.Range(0, Claims - trips.Count).Select(i => factory.Create(i)).Select(e => Coded(e.Submission, e.ExpectedIcd10CmCodes))
            .Concat(trips.Select(t => Coded(t.Submission, ["O80"])))];
        _everyFamily.Run(_claims[0].Encounter, _claims[0].Codes, _claims[0].Lines, null); // snapshots and note caches for the dates
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Claims, Description = "Validity only (CODESET, DX)")]
    public int ValidityOnly() => Run(_validityOnly);

    [Benchmark(OperationsPerInvoke = Claims, Description = "Every family")]
    public int EveryFamily() => Run(_everyFamily);

    private int Run(EditRunner runner)
    {
        var findings = 0;
        foreach (var (encounter, codes, lines) in _claims)
        {
            findings += runner.Run(encounter, codes, lines, "ICD-10-CM FY2026").Count;
        }

        return findings;
    }

    /// <summary>The encounter Intake would accept, its diagnoses and the lines the claim would bill.</summary>
    private static (Encounter, SuggestedCode[], IReadOnlyList<ServiceLine>) Coded(EncounterSubmission s, IReadOnlyList<string> diagnoses)
    {
        var encounter = new Encounter(
            new EncounterKey(s.Organization!, s.SourceSystem!, s.EncounterId!), 1, Enum.Parse<CareSetting>(s.Setting!, ignoreCase: true), s.ServiceStart!.Value, s.ServiceEnd ?? s.ServiceStart!.Value,
            new Patient(s.Patient!.Id!, s.Patient.BirthDate!.Value, s.Patient.Sex == "male" ? AdministrativeSex.Male : AdministrativeSex.Female),
            s.RenderingProviderNpi!, s.BillingProviderNpi!, new Coverage(s.Coverage!.PayerId!, s.Coverage.MemberId!),
            [.. s.Notes!.Select(n => new ClinicalNote(n.Type!, n.Author!, n.Date!.Value, n.Text!))],
            [.. s.Charges!.Select(c => new Charge(c.Code!, c.Units!.Value, c.Amount!.Value, c.Modifiers ?? []))]);
        SuggestedCode[] codes = [.. diagnoses.Select(d => new SuggestedCode(CodeSystems.Icd10Cm, d, string.Empty, 0.9, [], "answer key"))];
        return (encounter, codes, ServiceLines.Carried(null, null, encounter, codes).Lines);
    }
}
