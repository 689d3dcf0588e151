using System.Globalization;

namespace MedCoder.Coding.Learning;

/// <summary>Numbers in the lexicon file: the shortest text that reads back to the same double, so a written model predicts exactly as the trained one.</summary>
public static class ExactNumber
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
