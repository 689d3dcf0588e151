using System.Globalization;
using System.Text.RegularExpressions;

namespace MedCoder.Coding.Rules;

/// <summary>A code read from a documented number; Code without its dot, Start/End the characters of the measurement.</summary>
public readonly record struct MeasuredCode(string Code, int Start, int End, string Rule);

/// <summary>
/// Codes whose last characters are a documented number, not a phrase: weeks of gestation (Z3A, Guidelines
/// I.C.15.b.3), adult body mass index (Z68, I.B.14: only beside a reportable weight diagnosis such as obesity, and
/// from age 20; younger patients have percentile codes), the NIH stroke scale (R29.7-, I.C.18.f) and the Glasgow coma
/// scale total (R40.24-, I.C.18.e), whose 7th character is when it was taken.
/// </summary>
public static partial class MeasuredCodes
{
    private const int AdultAge = 20;

    /// <summary>The codes the text's numbers give; a claim (<paramref name="claim"/>) takes one gestational age, an index every one.</summary>
    public static IEnumerable<MeasuredCode> Find(string text, int ageYears, bool claim = true)
    {
        // "at 6 weeks of pregnancy" is one statement: the written-out form wins over the "at N weeks" reading of it.
        var stated = GestationWeeks().Matches(text).ToList();
        var bare = PregnancyWords().IsMatch(text) ? GestationalAge().Matches(text).Where(a => !stated.Exists(w => a.Index < w.Index + w.Length && w.Index < a.Index + a.Length)) : [];
        var ages = stated.Concat(bare).Where(m => !AboutABirth(text, m.Index) && !AboutAVisit(text, m.Index) && (claim || !UsNotation(m.Value))).ToList();
        if (claim)
        {
            ages = GestationAtThisEncounter(text, ages) is { } current ? [current] : [];
        }

        foreach (var age in ages)
        {
            if (Number(age.Groups["weeks"].Value) is { } weeks)
            {
                var code = weeks < 8 ? "Z3A01" : weeks > 42 ? "Z3A49" : "Z3A" + ((int)weeks).ToString("00", CultureInfo.InvariantCulture);
                yield return new MeasuredCode(code, age.Index, age.Index + age.Length, "measure:weeks-of-gestation");
            }
        }

        if (ageYears >= AdultAge && WeightDiagnosis().IsMatch(text))
        {
            foreach (Match m in BodyMassIndex().Matches(text))
            {
                if (Number(m.Groups["bmi"].Value) is { } bmi && BmiCode(bmi) is { } code)
                {
                    yield return new MeasuredCode(code, m.Index, m.Index + m.Length, "measure:body-mass-index");
                }
            }
        }

        // The NIH stroke scale's first score (I.C.18.f: "if multiple NIHSS scores are documented, report only the initial
        // score"); the claim rules keep it only beside an acute stroke.
        if (StrokeScale().Match(text) is { Success: true } nihss && Number(nihss.Groups["score"].Value) is { } points and >= 0 and <= 42)
        {
            yield return new MeasuredCode("R297" + ((int)points).ToString("00", CultureInfo.InvariantCulture), nihss.Index, nihss.Index + nihss.Length, "measure:nih-stroke-scale");
        }

        foreach (Match m in GlasgowScore().Matches(text))
        {
            if (Number(m.Groups["score"].Value) is { } score and >= 3 and <= 15)
            {
                var band = score <= 8 ? '3' : score <= 12 ? '2' : '1';
                yield return new MeasuredCode($"R4024{band}{WhenTaken(text, m.Index)}", m.Index, m.Index + m.Length, "measure:glasgow-coma-scale");
            }
        }
    }

    /// <summary>
    /// One Z3A code per encounter, the pregnancy's age at it: a note also names the weeks of past events ("diagnosed with
    /// gestational diabetes at 26 weeks") and planned ones ("growth ultrasound at 32 weeks"). The age dated to the day
    /// ("at 28 weeks 2 days", "28 3/7 weeks", "28w3d") or written out ("20 weeks gestation") is the current one; else the first.
    /// </summary>
    private static Match? GestationAtThisEncounter(string text, List<Match> ages)
    {
        foreach (var age in ages)
        {
            var after = text.AsSpan(age.Index + age.Length, Math.Min(16, text.Length - age.Index - age.Length));
            if (age.Value.Contains('+', StringComparison.Ordinal) || age.Value.Contains("/7", StringComparison.Ordinal) || DayCount().IsMatch(age.Value)
                || DaysAfter().IsMatch(after) || GestationWeeks().IsMatch(age.Value))
            {
                return age;
            }
        }

        return ages.OrderBy(a => a.Index).FirstOrDefault();
    }

    // "28 3/7 weeks", "28w3d": US dictation's forms, read for a claim only (the learned lexicon was trained without them).
    private static bool UsNotation(string age) => age.Contains("/7", StringComparison.Ordinal) || DayCount().IsMatch(age);

    /// <summary>Z68.1 under 20, Z68.20–Z68.39 by whole unit, Z68.41–Z68.45 in the code book's bands above 40.</summary>
    private static string? BmiCode(double bmi) => bmi switch
    {
        < 10 or > 120 => null,
        < 20 => "Z681",
        < 40 => "Z68" + ((int)bmi).ToString(CultureInfo.InvariantCulture),
        < 45 => "Z6841",
        < 50 => "Z6842",
        < 60 => "Z6843",
        < 70 => "Z6844",
        _ => "Z6845",
    };

    /// <summary>7th character of R40.2-: 1 in the field, 2 at arrival to the emergency department, 3 at admission, 0 unspecified.</summary>
    private static char WhenTaken(string text, int at)
    {
        var sentence = SentenceAround(text, at);
        return sentence.Contains("emergency", StringComparison.OrdinalIgnoreCase) ? '2'
            : sentence.Contains("admission", StringComparison.OrdinalIgnoreCase) || sentence.Contains("admitted", StringComparison.OrdinalIgnoreCase) ? '3'
            : sentence.Contains("ambulance", StringComparison.OrdinalIgnoreCase) || sentence.Contains("in the field", StringComparison.OrdinalIgnoreCase) ? '1'
            : '0';
    }

    /// <summary>"Return at 2 weeks", "see her again at 6 weeks postpartum": a visit's timing, not the gestational age.</summary>
    private static bool AboutAVisit(string text, int at)
    {
        // The words before it on its own line and sentence: a "PRENATAL VISIT" heading above "at 28w3d" is not a visit's timing.
        var from = Math.Max(SentenceStart(text, at), at - 30);
        var before = text.AsSpan(from, at - from);
        var after = text.AsSpan(at, Math.Min(40, text.Length - at));
        return before.Contains("return", StringComparison.OrdinalIgnoreCase) || before.Contains("follow", StringComparison.OrdinalIgnoreCase)
            || before.Contains("recheck", StringComparison.OrdinalIgnoreCase) || before.Contains("visit", StringComparison.OrdinalIgnoreCase)
            || before.Contains("again", StringComparison.OrdinalIgnoreCase) || after.Contains("postpartum", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"born at 34 weeks of gestation" is the patient's own birth (a perinatal code), not a pregnancy.</summary>
    private static bool AboutABirth(string text, int at) => BirthWords().IsMatch(SentenceAround(text, at));

    private static string SentenceAround(string text, int at)
    {
        var start = SentenceStart(text, at);
        var end = text.IndexOfAny(['.', '\n'], at);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Where the line or sentence holding <paramref name="at"/> begins.</summary>
    private static int SentenceStart(string text, int at) => text.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1;

    private static double? Number(string value) =>
        double.TryParse(value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"\b(?:(?<weeks>\d{1,2})(?:[.,]\d+)?\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)(?:\s+of)?\s+(?:gestation|gestational\s+age|pregnan\w*|amenorrh\w*)|(?:week|wk)\s+(?<weeks>\d{1,2})\s+of\s+(?:gestation|pregnancy))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GestationWeeks();

    /// <summary>How US notes write a pregnancy's age: "G1 P0 at 18 weeks 3 days", "intrauterine pregnancy at 39 weeks 1 day", "at 34+2 weeks", "9w3d".</summary>
    [GeneratedRegex(@"\bat\s+(?<weeks>\d{1,2})(?:(?:[.,]\d+)?\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)\b|\s+[0-6]/7\s*(?:weeks?|wks?)\b|w[0-6]d\b)|\b(?<weeks>\d{1,2})w[0-6]d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GestationalAge();

    /// <summary>"28w3d": the weeks and days in one token.</summary>
    [GeneratedRegex(@"\d{1,2}w[0-6]d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayCount();

    /// <summary>"at 18 weeks 3 days", "at 39 weeks, 1 day": the days after the weeks.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?[0-6]\s*(?:days?|d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAfter();

    /// <summary>The note is about a pregnancy: only then is "at 18 weeks" a gestational age.</summary>
    [GeneratedRegex(@"\b(?:pregnan\w*|gravid\w*|IUP|G\d+\s*P\d+|gestation\w*|trimester)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PregnancyWords();

    [GeneratedRegex(@"\b(?:BMI|body\s+mass\s+index)\b(?:\s*[\[(]BMI[\])])?(?:\s*(?:of|was|is|=|:))?\s*(?<bmi>\d{2,3}(?:[.,]\d)?)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyMassIndex();

    [GeneratedRegex(@"\b(?:obes\w*|overweight|underweight|malnutrition|malnourish\w*|cachexi\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeightDiagnosis();

    [GeneratedRegex(@"\b(?:NIHSS|NIH\s+stroke\s+scale|National\s+Institutes\s+of\s+Health\s+stroke\s+scale)(?:\s+score)?(?:\s+(?:on|at)\s+(?:arrival|admission|presentation)|\s+initial(?:ly)?)?(?:\s+(?:of|was|is|=|:))?\s*(?<score>\d{1,2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrokeScale();

    [GeneratedRegex(@"\b(?:Glasgow|GCS)(?:\s+coma)?(?:\s+scale)?(?:\s+score)?(?:\s+(?:of|was|is|=|:))?\s*(?<score>\d{1,2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlasgowScore();

    [GeneratedRegex(@"\b(?:born|birth|newborn|neonat\w*|preterm\s+infant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthWords();
}
