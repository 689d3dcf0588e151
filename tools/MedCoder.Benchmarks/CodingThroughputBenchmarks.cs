using BenchmarkDotNet.Attributes;
using MedCoder.CodeSets.Library;
using MedCoder.Coding;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Training;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Benchmarks;

/// <summary>
/// The coding engine over the 750 CodiEsp documents (train and dev), as inpatient encounters: as what they are,
/// case reports (no E/M level is read from a case report), and as visit notes (the E/M reading of medical decision
/// making runs over every document too). Times are per note
/// (OperationsPerInvoke), so notes/s = 1 s ÷ Mean (the Notes/s column). The baseline of the Ratio column is reading
/// alone (NoteReader.Read: sections, sentences, tokens), the first step of every coding, measured in the same run.
/// Server GC, as the service and the CLI run (Web SDK default); a plain console would use workstation GC.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 15)] // tiered JIT and PGO settle only after several passes over the corpus
[Config(typeof(NotesPerSecondColumn.Config))]
public class CodingThroughputBenchmarks
{
    private const int Documents = 750;

    private ClinicalCoder _coder = null!;
    private string[] _texts = null!;
    private Encounter[] _encounters = null!;
    private Encounter[] _visitNotes = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_coder, _texts) = Load();
        _encounters = [.. _texts.Select(text => LexiconTrainer.EncounterOf(text))];
        _visitNotes = [.. _encounters.Select(e => e with { Notes = [.. e.Notes.Select(n => n with { Type = "progress" })] })];
        _coder.Code(_encounters[0]); // compiles the model of the encounters' date of service
    }

    /// <summary>The code sets, the coder with its model for the CodiEsp date of service, and the documents' texts.</summary>
    public static (ClinicalCoder Coder, string[] Texts) Load()
    {
        var coder = new ClinicalCoder(CodeSetLibrary.Load());
        coder.ModelFor(LexiconTrainer.DateOfService);
        string[] texts = [.. CodiEspCorpus.Load(CodiEspCorpus.DefaultPath).Documents.Select(d => d.Text)];
        return texts.Length == Documents ? (coder, texts) : throw new InvalidOperationException($"expected {Documents} CodiEsp documents, found {texts.Length}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents, Description = "Read only (tokenise)")]
    public int ReadOnly()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            tokens += NoteReader.Read(text).Tokens.Length;
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Code, parallel (all cores)")]
    public int CodeParallel()
    {
        var codes = 0;
        Parallel.For(0, _encounters.Length, i => Interlocked.Add(ref codes, _coder.Code(_encounters[i]).Codes.Count));
        return codes;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Code as visit notes, parallel")]
    public int CodeVisitNotesParallel()
    {
        var codes = 0;
        Parallel.For(0, _visitNotes.Length, i => Interlocked.Add(ref codes, _coder.Code(_visitNotes[i]).Codes.Count));
        return codes;
    }

    [Benchmark(OperationsPerInvoke = Documents, Description = "Code, one thread")]
    public int CodeOneThread()
    {
        var codes = 0;
        foreach (var encounter in _encounters)
        {
            codes += _coder.Code(encounter).Codes.Count;
        }

        return codes;
    }
}
