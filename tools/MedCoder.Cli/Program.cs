using System.CommandLine;
using MedCoder.Cli.Claims;
using MedCoder.Cli.CodeSets;
using MedCoder.Cli.Coding;
using MedCoder.Cli.Demo;
using MedCoder.Cli.Dictated;
using MedCoder.Cli.Edits;
using MedCoder.Cli.Embedded;
using MedCoder.Cli.Operations;

var root = new RootCommand("medcoder: clinical notes in, coded and edited claims out")
{
    RunCommand.Create(),
    DemoCommand.Create(),
    CodeSetsCommand.Create(),
    EditCommand.Create(),
    CodeCommand.Create(),
    EvalCommand.Create(),
    CodiEspCommand.Create(),
    DictatedCommand.Create(),
    ReplayCommand.Create(),
    ClaimCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
