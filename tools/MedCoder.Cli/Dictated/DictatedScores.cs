using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Dictated;

/// <summary>The figures of one run over dictated notes, computed with the CodiEsp scorer on the notes' own gold.</summary>
public sealed record DictatedScores(
    CodiEspScores Exact,
    CodiEspScores Categories,
    FirstListedScore FirstListed,
    CodiEspScores? Procedures,
    int ProceduresOutsideInpatient,
    CodiEspScores Released,
    int ReleasedNotes)
{
    public static DictatedScores Of(IReadOnlyList<DictatedCoding> coded)
    {
        var documents = coded.Select(c => c.Note.Id).ToList();
        var goldCm = Gold(coded, CodeSystems.Icd10Cm);
        var predictedCm = Predicted(coded, CodeSystems.Icd10Cm);
        var released = coded.Where(c => c.Result.Route.AutoRelease).Select(c => c.Note.Id).ToList();
        var firstListed = CodiEspScorer.FirstListed(
            coded.Where(c => c.Note.FirstListed is not null).ToDictionary(c => c.Note.Id, c => c.Note.FirstListed!.Code, StringComparer.Ordinal),
            coded.Where(c => c.Result.Codes.Any(IsIcd10Cm)).ToDictionary(c => c.Note.Id, c => c.Result.Codes.First(IsIcd10Cm).Code, StringComparer.Ordinal));

        // ICD-10-PCS is scored only when some gold has it (inpatient procedures); outside inpatient every PCS code is wrong.
        var goldPcs = Gold(coded, CodeSystems.Icd10Pcs);
        var procedures = goldPcs.Count == 0 ? null : CodiEspScorer.Score(goldPcs, Predicted(coded, CodeSystems.Icd10Pcs), documents);
        var outsideInpatient = coded.Where(c => c.Note.Setting != CareSetting.Inpatient).Sum(c => c.Result.Codes.Count(code => code.System == CodeSystems.Icd10Pcs));

        return new DictatedScores(
            CodiEspScorer.Score(goldCm, predictedCm, documents),
            CodiEspScorer.ScoreCategories(goldCm, predictedCm, documents),
            firstListed,
            procedures,
            outsideInpatient,
            CodiEspScorer.Score(goldCm, predictedCm, released),
            released.Count);
    }

    /// <summary>Codes given a confidence of at least 0.9 (the top tenth of the reliability table): how many, how many right.</summary>
    public (int Predictions, int Correct) HighConfidence =>
        (Exact.Reliability.Where(b => b.From >= 0.9 - 1e-9).Sum(b => b.Predictions), Exact.Reliability.Where(b => b.From >= 0.9 - 1e-9).Sum(b => b.Correct));

    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Gold(IReadOnlyList<DictatedCoding> coded, string system) =>
        CodiEspScorer.ByDocument(GoldCodes(coded, system));

    public static IEnumerable<GoldCode> GoldCodes(IReadOnlyList<DictatedCoding> coded, string system) =>
        coded.SelectMany(c => c.Note.Gold.Where(g => g.System == system).OrderBy(g => g.Rank).Select(g => new GoldCode(c.Note.Id, g.Code)));

    /// <summary>Each note's codes of one system, highest confidence first, as <c>medcoder eval</c> ranks a prediction file.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> Predicted(IReadOnlyList<DictatedCoding> coded, string system) =>
        coded.ToDictionary(
            c => c.Note.Id,
            IReadOnlyList<RankedCode> (c) => [.. c.Result.Codes.Where(code => code.System == system).OrderByDescending(code => code.Confidence).Select(code => new RankedCode(code.Code, code.Confidence))],
            StringComparer.Ordinal);

    private static bool IsIcd10Cm(SuggestedCode code) => code.System == CodeSystems.Icd10Cm;
}
