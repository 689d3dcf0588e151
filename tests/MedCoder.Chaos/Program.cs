using System.CommandLine;
using MedCoder.Chaos;

var count = new Option<int>("--count") { Description = "Encounters to submit", DefaultValueFactory = _ => 2000 };
var rate = new Option<double>("--rate") { Description = "Submissions per second", DefaultValueFactory = _ => 25 };
var pause = new Option<int>("--pause-seconds") { Description = "SIGSTOP CodeSuggestion this long (0: no pause)", DefaultValueFactory = _ => 30 };
var brokerDown = new Option<int>("--broker-down-seconds") { Description = "How long the broker stays stopped", DefaultValueFactory = _ => 8 };
var drain = new Option<int>("--drain-timeout-seconds") { Description = "How long to wait for the last claims", DefaultValueFactory = _ => 600 };
var root = new RootCommand("MedCoder chaos run: faults under load, then one claim per accepted encounter") { count, rate, pause, brokerDown, drain };
root.SetAction((parse, cancellationToken) => new ChaosRun(new ChaosOptions(
    parse.GetValue(count),
    parse.GetValue(rate),
    TimeSpan.FromSeconds(parse.GetValue(pause)),
    TimeSpan.FromSeconds(parse.GetValue(brokerDown)),
    TimeSpan.FromSeconds(parse.GetValue(drain)))).RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
