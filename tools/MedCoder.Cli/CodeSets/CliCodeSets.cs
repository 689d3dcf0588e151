using MedCoder.CodeSets.Library;

namespace MedCoder.Cli.CodeSets;

/// <summary>Code sets for commands that run outside a host: the hosts' MEDCODER_CODESETS_* settings, read from the environment.</summary>
public static class CliCodeSets
{
    public static CodeSetLocations Locations => CodeSetLocations.FromEnvironment(Environment.GetEnvironmentVariable);

    public static CodeSetLibrary Load() => CodeSetLibrary.Load(Locations);
}
