using System.Globalization;
using MedCoder.Coding.Routing;
using MedCoder.ServiceDefaults;

namespace MedCoder.CodeSuggestion.AutoRelease;

/// <summary>
/// MEDCODER_AUTORELEASE_MIN_CONFIDENCE (README, Configuration): an encounter goes to the claim without a coder only when
/// every code reaches this confidence and no query is open. From 0 to 1.01 (1.01 sends everything to coders).
/// </summary>
public sealed class AutoReleaseSettings
{
    public const string Variable = "MEDCODER_AUTORELEASE_MIN_CONFIDENCE";

    /// <summary>Above every confidence: no encounter is released without a coder.</summary>
    public const double Highest = 1.01;

    public double MinConfidence { get; set; } = ReleaseRouter.DefaultMinConfidence;

    /// <summary>
    /// Binds the variable from configuration (environment variables included, as every MEDCODER_* setting) and checks it
    /// when the host starts, so a bad value stops the service with the variable named rather than at the first encounter.
    /// </summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddOptions<AutoReleaseSettings>()
            .Configure<IConfiguration>((settings, configuration) => settings.MinConfidence = Read(configuration[Variable]))
            .ValidateOnStart();

    /// <summary>The threshold a value of the variable sets; the default when it is unset.</summary>
    /// <exception cref="FormatException">The value is not a number from 0 to 1.01.</exception>
    public static double Read(string? value) =>
        SettingNumbers.Read(_ => value, Variable, ReleaseRouter.DefaultMinConfidence, 0, Highest, $"{Highest.ToString(CultureInfo.InvariantCulture)} routes every encounter to the coder worklist");
}
