using System.Globalization;

namespace MedCoder.ServiceDefaults;

/// <summary>Numbers read from MEDCODER_* variables: the fallback when unset, a clear error naming the variable when invalid.</summary>
internal static class SettingNumbers
{
    public static double Read(Func<string, string?> getVariable, string name, double fallback, double min) =>
        getVariable(name) is not { Length: > 0 } text ? fallback
        : double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min ? value
        : throw new FormatException($"{name} must be a number of at least {min.ToString(CultureInfo.InvariantCulture)}");

    public static long ReadWhole(Func<string, string?> getVariable, string name, long fallback, long min)
    {
        var value = Read(getVariable, name, fallback, min);
        return value == Math.Floor(value) && value <= long.MaxValue
            ? (long)value
            : throw new FormatException($"{name} must be a whole number of at least {min.ToString(CultureInfo.InvariantCulture)}");
    }
}
