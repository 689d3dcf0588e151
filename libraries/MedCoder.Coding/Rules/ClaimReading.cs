using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>What a mention counts as on a claim.</summary>
public enum ClaimUse
{
    /// <summary>Not coded: negated, hypothetical, someone else's, an allergy's reaction, a section that states no diagnosis.</summary>
    Drop,

    /// <summary>A condition or procedure of this encounter.</summary>
    Current,

    /// <summary>Listed in the past medical or surgical history: coded only when also stated as current elsewhere.</summary>
    PastList,

    /// <summary>Its status code instead (a personal or family history, <see cref="ClaimReading.Code"/>).</summary>
    Status,
}

/// <summary>A mention's use on a claim, and the code it is coded as.</summary>
public readonly record struct ClaimReading(ClaimUse Use, string Code)
{
    private static readonly ClaimReading Dropped = new(ClaimUse.Drop, string.Empty);

    /// <summary>
    /// What a coder makes of a mention on a claim (Official Guidelines), from its context and its section:
    /// <list type="bullet">
    /// <item>negated, hypothetical (a consent's risks, "return if") and allergy reactions: nothing;</item>
    /// <item>family history: the family-history code (Z80–Z84) only, never the condition (I.C.21.c.4);</item>
    /// <item>past history: the personal-history or status code (Z85–Z87, I25.2); a chronic condition listed in the past
    /// medical history only when stated as current elsewhere, a chronic one a sentence calls "history of" as current (I.B.8);</item>
    /// <item>uncertain ("rule out", "probable"): outpatient never, the symptoms are coded (IV.H); inpatient only among the
    /// diagnoses at discharge, as if established (II.H);</item>
    /// <item>review of systems, labs, medication and allergy lists: no diagnosis (III.B: findings the provider has not interpreted);
    /// social history: substance and social-determinant codes only;</item>
    /// <item>ICD-10-PCS: inpatient only, for procedures of this stay (the procedure, course and untitled sections).</item>
    /// </list>
    /// </summary>
    public static ClaimReading Of(ContextFlags flags, SectionKind section, string system, string code, CareSetting setting)
    {
        if (system == CodeSystems.Icd10Pcs)
        {
            return setting == CareSetting.Inpatient && flags == ContextFlags.None && section is SectionKind.Procedures or SectionKind.HospitalCourse or SectionKind.Other
                && !IsRoutineImaging(code)
                ? new ClaimReading(ClaimUse.Current, code) : Dropped;
        }

        // A condition resolved during the stay is still a diagnosis of the stay (Guidelines III).
        if ((flags & ContextFlags.Resolved) != 0 && setting == CareSetting.Inpatient && section is SectionKind.DischargeDiagnoses or SectionKind.HospitalCourse)
        {
            flags &= ~(ContextFlags.Resolved | ContextFlags.History);
        }

        if ((flags & (ContextFlags.Negated | ContextFlags.Hypothetical | ContextFlags.Allergy)) != 0)
        {
            return Dropped;
        }

        // An uncertain past or family condition documents no status. A history code named by its own title ("family
        // history of breast cancer" → Z80.3, "history of colon polyps" → Z86.010-) is that status already.
        var uncertain = (flags & ContextFlags.Uncertain) != 0;
        if ((flags & ContextFlags.Family) != 0)
        {
            return uncertain ? Dropped : Status(HistoryCodes.IsFamilyHistory(code) ? code : HistoryCodes.FamilyHistoryOf(code));
        }

        if ((flags & ContextFlags.History) != 0)
        {
            // Tobacco use (Z72.0) is a lifestyle, not a chronic status: "former tobacco use" is the history code Z87.891.
            if (!GuidelineRules.IsChronic(code) || code == "Z720")
            {
                return uncertain ? Dropped : Status(HistoryCodes.IsPersonalHistory(code) ? code : HistoryCodes.PersonalHistoryOf(code));
            }

            if (SectionKinds.IsPastHistory(section) && code[0] != 'Z')
            {
                return new ClaimReading(ClaimUse.PastList, code);
            }
        }

        if (uncertain && (setting != CareSetting.Inpatient || section != SectionKind.DischargeDiagnoses))
        {
            return Dropped;
        }

        return section switch
        {
            SectionKind.Ros or SectionKind.Labs or SectionKind.Medications or SectionKind.Allergies => Dropped,
            SectionKind.SocialHistory when !IsSocialCode(code) => Dropped,
            _ => new ClaimReading(ClaimUse.Current, code),
        };
    }

    /// <summary>
    /// Plain radiography, CT, MRI and ultrasound (ICD-10-PCS imaging types 0, 2, 3, 4) are not significant procedures of a
    /// stay (UHDDS: no surgical or anaesthetic risk, no special training), so inpatient claims leave them out; fluoroscopy
    /// (type 1: angiography) stays.
    /// </summary>
    private static bool IsRoutineImaging(string code) => code is ['B', _, '0' or '2' or '3' or '4', ..];

    private static ClaimReading Status(string? code) => code is null ? Dropped : new ClaimReading(ClaimUse.Status, code);

    /// <summary>What a social history documents: substance use disorders (F10–F19) and social determinants of health (Z55–Z65).</summary>
    private static bool IsSocialCode(string code) =>
        code is ['F', '1', >= '0' and <= '9', ..] || (code is ['Z', '5' or '6', _, ..] && string.CompareOrdinal(code, "Z55") >= 0 && string.CompareOrdinal(code, "Z66") < 0);
}
