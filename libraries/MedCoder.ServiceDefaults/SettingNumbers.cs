using System.Globalization;

namespace MedCoder.ServiceDefaults;

/// <summary>Numbers read from MEDCODER_* variables: the fallback when unset, a clear error naming the variable when invalid.</summary>
public static class SettingNumbers
{
    /// <param name="hint">Said after the range in the error (what a boundary value means).</param>
    public static double Read(Func<string, string?> getVariable, string name, double fallback, double min, double max = double.PositiveInfinity, string? hint = null) =>
        getVariable(name) is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text) ? fallback
        : double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new FormatException($"{name} must be a number {Range(min, max)}{(hint is null ? string.Empty : $" ({hint})")}");

    public static long ReadWhole(Func<string, string?> getVariable, string name, long fallback, long min)
    {
        var value = Read(getVariable, name, fallback, min);
        return value == Math.Floor(value) && value <= long.MaxValue
            ? (long)value
            : throw new FormatException($"{name} must be a whole number of at least {min.ToString(CultureInfo.InvariantCulture)}");
    }

    private static string Range(double min, double max) => double.IsPositiveInfinity(max)
        ? $"of at least {min.ToString(CultureInfo.InvariantCulture)}"
        : $"from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
}
