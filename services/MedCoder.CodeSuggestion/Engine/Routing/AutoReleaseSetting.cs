using System.Globalization;

namespace MedCoder.CodeSuggestion.Engine.Routing;

/// <summary>MEDCODER_AUTORELEASE_MIN_CONFIDENCE: the service's auto-release threshold (0–1; 1.01 sends everything to coders).</summary>
public static class AutoReleaseSetting
{
    public const string Variable = "MEDCODER_AUTORELEASE_MIN_CONFIDENCE";

    /// <exception cref="InvalidOperationException">The variable is set but is not a number from 0 to 1.01.</exception>
    public static double FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static double Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ReleaseRouter.DefaultMinConfidence;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0 and <= 1.01
            ? threshold
            : throw new InvalidOperationException($"{Variable} must be a number from 0 to 1.01 (1.01 routes every encounter to the coder worklist).");
    }
}
