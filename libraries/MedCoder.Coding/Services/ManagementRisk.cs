namespace MedCoder.Coding.Services;

/// <summary>
/// MDM element 3, risk of complications and/or morbidity or mortality of patient management (CPT E/M guidelines).
/// High: drug therapy requiring intensive monitoring for toxicity, decision regarding hospitalization or escalation
/// of care, decision for emergency major surgery, DNR or de-escalation of care because of poor prognosis.
/// Moderate: prescription drug management, minor surgery with risk factors, elective major surgery, social
/// determinants of health significantly limiting diagnosis or treatment. Low: over-the-counter drugs, minor
/// surgery without risk factors, physical therapy. Minimal: rest, reassurance.
/// </summary>
public static class ManagementRisk
{
    // "Was admitted" narrates the stay; the decision reads "admit", "will be admitted", "admission to ...".
    private static readonly NoteCues High = new(
        "admit", "admitting to", "will be admitted", "decision to admit", "admission to (?:the )?(?:hospital|ICU|medicine|floor|telemetry|observation)",
        "hospitali[sz]ation", "hospitali[sz]e", "ICU", "intensive care", "escalat\\w* (?:of )?care", "transfer to (?:a )?higher level of care",
        "emergen(?:cy|t) (?:major )?surgery", "DNR", "do not resuscitate", "comfort care", "hospice",
        "intensive monitoring for toxicity", "monitor(?:ing)? (?:drug )?levels? for toxicity");

    private static readonly NoteCues PrescriptionDrugs = new(
        "prescribed", "prescription", "started on", "start(?:ed)? (?:him|her|the patient) on", "increase(?:d)? the dose",
        "increase(?:d)? (?:\\w+ )?to \\d", "decrease(?:d)? the dose", "dose (?:increased|decreased|adjusted)", "(?:up|down)-?titrat\\w+", "titrate the dose",
        "refill(?:ed)?", "switch(?:ed)? to", "IV antibiotics", "continue (?:current |home )?medications");

    private static readonly NoteCues OtherModerate = new(
        "minor surgery with (?:identified )?risk factors", "elective major surgery", "social determinants of health",
        "(?:cannot|unable to) afford", "lack of transportation", "homeless(?:ness)?", "housing insecurity");

    private static readonly NoteCues Low = new(
        "over[- ]the[- ]counter", "OTC", "physical therapy", "minor surgery", "supportive care");

    private static readonly NoteCues Minimal = new("reassurance", "reassured", "rest and fluids", "warm compresses");

    public static MdmElement In(string text, int noteIndex)
    {
        if (High.In(text, noteIndex) is { Count: > 0 } high)
        {
            return new MdmElement(MdmLevel.High, high, true);
        }

        var moderate = PrescriptionDrugs.In(text, noteIndex).Concat(OtherModerate.In(text, noteIndex)).ToList();
        if (moderate.Count > 0)
        {
            return new MdmElement(MdmLevel.Moderate, moderate, true);
        }

        if (Low.In(text, noteIndex) is { Count: > 0 } low)
        {
            return new MdmElement(MdmLevel.Low, low, true);
        }

        return Minimal.In(text, noteIndex) is { Count: > 0 } minimal ? new MdmElement(MdmLevel.Straightforward, minimal, true) : MdmElement.NotDocumented;
    }
}
