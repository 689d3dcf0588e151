using System.CommandLine;
using MedCoder.Cli.CodeSets;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Coding;

/// <summary>medcoder eval: CodiEsp scores of a prediction file against a gold file.</summary>
public static class EvalCommand
{
    private static readonly string[] Systems = [CodeSystems.Icd10Cm, CodeSystems.Icd10Pcs, CodeSystems.Hcpcs, CodeSystems.Cpt];

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold codes, document<TAB>code per line (CodiEsp D.tsv or P.tsv)", Required = true };
        var predictions = new Option<string>("--pred") { Description = "Predictions: the output of medcoder code, or document<TAB>code in rank order", Required = true };
        var system = new Option<string>("--system") { Description = $"Code system scored: {string.Join(" | ", Systems)}; prediction rows of other systems are skipped", DefaultValueFactory = _ => CodeSystems.Icd10Cm };
        var crosswalk = new Option<bool>("--crosswalk")
        {
            Description = "Also accept a predicted ICD-10-CM code that the CMS conversion table lists as the successor of a gold code of an older edition (CodiEsp gold is 2018: r51 is R51.9 today)",
        };
        var routing = new Option<string?>("--routing") { Description = "The routes written by 'code --routing': also score the auto-released documents alone (share and precision)" };
        var command = new Command("eval", "Precision, recall, micro-F1 and MAP (as CodiEsp scores them) over the documents of the gold file, and a reliability table of the confidences")
        {
            gold, predictions, system, crosswalk, routing,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var systemName = Systems.FirstOrDefault(s => string.Equals(s, parse.GetValue(system), StringComparison.OrdinalIgnoreCase));
            if (systemName is null)
            {
                error.WriteLine($"error: --system must be one of {string.Join(", ", Systems)}");
                return CodingExitCodes.InvalidInput;
            }

            var goldPath = parse.GetValue(gold)!;
            var predictionPath = parse.GetValue(predictions)!;
            CodiEspScores scores;
            CodiEspScores? released = null;
            try
            {
                using var goldReader = File.OpenText(goldPath);
                var goldCodes = CodiEspScorer.ByDocument(GoldTsv.Parse(goldReader, goldPath));
                var predicted = PredictionTsv.Read(predictionPath, systemName);
                if (parse.GetValue(crosswalk) && systemName == CodeSystems.Icd10Cm)
                {
                    predicted = new GoldCrosswalk(CliCodeSets.Load().Icd10CmEditions.Last().Conversion).Apply(goldCodes, predicted);
                }

                scores = CodiEspScorer.Score(goldCodes, predicted);
                if (parse.GetValue(routing) is { } routingPath)
                {
                    var autoReleased = RoutingReport.ReadReleased(routingPath);
                    released = CodiEspScorer.Score(goldCodes, predicted, goldCodes.Keys.Where(autoReleased.Contains).ToList());
                }
            }
            catch (Exception e) when (e is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
            {
                error.WriteLine($"error: {e.Message}");
                return CodingExitCodes.InvalidInput;
            }

            EvaluationReport.Write(parse.InvocationConfiguration.Output, scores, systemName, goldPath, predictionPath);
            if (released is not null)
            {
                EvaluationReport.WriteReleased(parse.InvocationConfiguration.Output, released, scores.Documents);
            }
            return CodingExitCodes.Ok;
        });
        return command;
    }
}
