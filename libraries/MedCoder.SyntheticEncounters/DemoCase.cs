namespace MedCoder.SyntheticEncounters;

/// <summary>A comorbidity as it occurs in one encounter (with the home medication chosen for it, if any).</summary>
internal sealed record ChosenComorbidity(DemoComorbidity Comorbidity, string? Medication)
{
    public string Plan(bool inpatient) =>
        ((inpatient ? Comorbidity.InpatientPlan : null) ?? Comorbidity.Plan).Replace("{med}", Medication ?? "home regimen", StringComparison.Ordinal);
}

/// <summary>Everything decided about one synthetic encounter before its notes and charges are written.</summary>
internal sealed record DemoCase(
    string Setting,
    DemoCondition Condition,
    IReadOnlyList<ChosenComorbidity> Comorbidities,
    int Age,
    bool Female,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    DemoProvider Attending,
    DemoProvider Admitting,
    bool NewPatient,
    int SymptomDays,
    string Parent)
{
    public int LengthOfStay => ServiceEnd.DayNumber - ServiceStart.DayNumber;
    public bool Pediatric => Age < 18;
    public bool Inpatient => Setting == DemoSettings.Inpatient;
    public bool Obese => Comorbidities.Any(c => c.Comorbidity.ExpectedIcd10Cm == "E66.9");

    /// <summary>Replaces the catalogue placeholders ({he}, {his}, {days}, {los}, ...).</summary>
    public string Fill(string template) => template
        .Replace("{he}", Female ? "she" : "he", StringComparison.Ordinal)
        .Replace("{He}", Female ? "She" : "He", StringComparison.Ordinal)
        .Replace("{his}", Female ? "her" : "his", StringComparison.Ordinal)
        .Replace("{His}", Female ? "Her" : "His", StringComparison.Ordinal)
        .Replace("{him}", Female ? "her" : "him", StringComparison.Ordinal)
        .Replace("{parent}", Parent, StringComparison.Ordinal)
        .Replace("{days}", SymptomDays.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{los}", LengthOfStay.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public IReadOnlyList<string> PrimaryPlan => Setting switch
    {
        DemoSettings.Inpatient => Condition.InpatientPlan ?? Condition.Plan,
        DemoSettings.Emergency => Condition.EmergencyPlan ?? Condition.Plan,
        _ => Condition.Plan,
    };

    public IEnumerable<string> HistoryItems =>
        Condition.HistoryItems.Concat(Comorbidities.Select(c => c.Comorbidity.PmhTerm));

    public IEnumerable<string> HomeMedications =>
        Condition.HomeMedications.Concat(Comorbidities.Select(c => c.Medication).OfType<string>());

    /// <summary>Home medications with any drug re-dosed at discharge replaced, followed by the new discharge medications.</summary>
    public IEnumerable<string> DischargeMedications
    {
        get
        {
            static string Drug(string medication) => medication.Split(' ')[0];
            var changed = Condition.DischargeMedications.Select(Drug).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return HomeMedications.Where(m => !changed.Contains(Drug(m))).Concat(Condition.DischargeMedications);
        }
    }
}
