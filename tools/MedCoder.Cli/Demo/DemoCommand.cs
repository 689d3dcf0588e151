using System.CommandLine;

namespace MedCoder.Cli.Demo;

public static class DemoCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many synthetic encounters to submit", DefaultValueFactory = _ => 50 };
        var output = new Option<string?>("--out") { Description = "Write each claim as DIR/claims/<claim id>.json" };
        var data = new Option<string?>("--data") { Description = "Keep the SQLite stores in this folder (default: a temporary folder, removed afterwards)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic encounters", DefaultValueFactory = _ => 2026 };
        var review = new Option<string>("--review")
        {
            Description = "auto: a coder accepts every suggestion the worklist holds (through the API); none: held encounters stay on the worklist",
            DefaultValueFactory = _ => DemoRunner.ReviewAuto,
        };
        review.AcceptOnlyFromAmong(DemoRunner.ReviewAuto, DemoRunner.ReviewNone);
        var command = new Command("demo", "Start the embedded default, submit synthetic encounters through the API, wait for their claims and summarise") { count, output, data, seed, review };
        command.Validators.Add(result =>
        {
            if (result.GetValue(count) is < 1 or > 100_000)
            {
                result.AddError("--count must be between 1 and 100000");
            }
        });
        command.SetAction((parse, cancellationToken) =>
            new DemoRunner(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(output), parse.GetValue(data), parse.GetValue(review) == DemoRunner.ReviewAuto).RunAsync(cancellationToken));
        return command;
    }
}
