namespace MedCoder.Coding.Services;

/// <summary>
/// MDM element 1, number and complexity of problems addressed (CPT E/M guidelines): minimal = one self-limited
/// problem; low = two or more self-limited, one stable chronic illness, or one acute uncomplicated illness/injury;
/// moderate = chronic illness with exacerbation/progression, two or more stable chronic illnesses, an undiagnosed
/// new problem with uncertain prognosis, acute illness with systemic symptoms, or acute complicated injury;
/// high = chronic illness with severe exacerbation, or illness posing a threat to life or bodily function.
/// </summary>
public static class ProblemsAddressed
{
    private static readonly NoteCues Threatening = new(
        "severe exacerbation", "severely exacerbated", "life[- ]threatening", "threat to life", "threat to (?:bodily|organ) function",
        "threatens (?:life|limb|bodily function)");

    private static readonly NoteCues Moderate = new(
        "exacerbation", "exacerbated", "worsening", "worsened", "progression", "progressing", "poorly controlled", "uncontrolled",
        "not at goal", "side effects? of (?:treatment|therapy)", "undiagnosed new problem", "uncertain prognosis",
        "systemic symptoms", "complicated (?:injury|fracture|laceration)");

    // "Stable" about the patient's state ("hemodynamically stable", "stable condition") says nothing about a chronic illness.
    private static readonly NoteCues StableChronic = new(
        @"(?<!(?:hemodynamically|clinically|vitals?|signs)\s)stable(?!\s+(?:condition|vital|for discharge))", "well[- ]controlled",
        "controlled on", "at goal");

    private static readonly NoteCues AcuteUncomplicated = new("acute uncomplicated", "uncomplicated");

    private static readonly NoteCues SelfLimited = new("self[- ]limit(?:ed|ing)", "minor problem");

    public static MdmElement In(string text, int noteIndex)
    {
        if (Threatening.In(text, noteIndex) is { Count: > 0 } threatening)
        {
            return new MdmElement(MdmLevel.High, threatening, true);
        }

        var stable = StableChronic.In(text, noteIndex);
        if (Moderate.In(text, noteIndex) is { Count: > 0 } moderate)
        {
            return new MdmElement(MdmLevel.Moderate, moderate, true);
        }

        if (stable.Count >= 2)
        {
            return new MdmElement(MdmLevel.Moderate, stable, true);
        }

        var selfLimited = SelfLimited.In(text, noteIndex);
        var low = AcuteUncomplicated.In(text, noteIndex).Concat(stable).ToList();
        if (low.Count > 0 || selfLimited.Count >= 2)
        {
            return new MdmElement(MdmLevel.Low, low.Count > 0 ? low : selfLimited, true);
        }

        return selfLimited.Count == 1 ? new MdmElement(MdmLevel.Straightforward, selfLimited, true) : MdmElement.NotDocumented;
    }
}
