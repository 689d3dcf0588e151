using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.SyntheticEncounters;

/// <summary>
/// Writes the clinical notes of a <see cref="DemoCase"/>: H&amp;P + discharge summary (+ operative note) for inpatient
/// stays, an ED note for emergency visits, and a SOAP progress note for office and outpatient visits. All random
/// choices come from the supplied <see cref="Random"/>, so the text is deterministic for a seed.
/// </summary>
internal sealed class ClinicalNoteWriter(DemoCase @case, Random rng)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Exam order; systems without a default line (Eyes, Back, GU, ...) only appear when a condition documents them.
    private static readonly string[] ExamSystems =
    [
        "General", "HEENT", "Eyes", "Neck", "Cardiovascular", "Lungs", "Abdomen", "Back", "GU", "Extremities",
        "Musculoskeletal", "Feet", "Skin", "Neuro", "Psych",
    ];

    private string? _opening;
    private string? _chiefComplaint;

    private DemoCondition Condition => @case.Condition;

    // Chosen once so the H&P and the discharge summary tell the same story.
    private string Opening => _opening ??= @case.Fill(Pick(Condition.HpiOpenings));

    private string ChiefComplaint => _chiefComplaint ??= Pick(Condition.ChiefComplaints) + ".";

    public List<NoteSubmission> Write() => @case.Setting switch
    {
        DemoSettings.Inpatient => InpatientNotes(),
        DemoSettings.Emergency => [EmergencyNote()],
        _ => [ProgressNote()],
    };

    private List<NoteSubmission> InpatientNotes()
    {
        var notes = new List<NoteSubmission> { HistoryAndPhysical() };
        if (Condition.Operation is { } operation)
        {
            notes.Add(OperativeNote(operation));
        }

        notes.Add(DischargeSummary());
        return notes;
    }

    private NoteSubmission HistoryAndPhysical()
    {
        var at = At(@case.ServiceStart, 15, 23);
        var text = new NoteText()
            .Line("HISTORY AND PHYSICAL").Blank()
            .Section("DATE OF ADMISSION:", Date(@case.ServiceStart))
            .Section("CHIEF COMPLAINT:", ChiefComplaint)
            .Section("HISTORY OF PRESENT ILLNESS:", Hpi())
            .Section("PAST MEDICAL HISTORY:", PastMedicalHistory())
            .Section("PAST SURGICAL HISTORY:", "None reported.")
            .Block("MEDICATIONS:", NoteText.Bullets(@case.HomeMedications))
            .Section("ALLERGIES:", Allergies())
            .Section("SOCIAL HISTORY:", SocialHistory())
            .Section("FAMILY HISTORY:", "Noncontributory.")
            .Section("REVIEW OF SYSTEMS:", ReviewOfSystems())
            .Block("PHYSICAL EXAM:", $"{Vitals()}\n{Exam()}");
        AppendResults(text);
        text.Block("ASSESSMENT AND PLAN:", $"{AssessmentAndPlan()}\n{InpatientFooter()}");
        return Note("history-and-physical", @case.Admitting, at, text);
    }

    private NoteSubmission OperativeNote(OperativeDetails operation)
    {
        var day = @case.ServiceStart.AddDays(operation.HospitalDay);
        var at = At(day, 8, 16);
        var text = new NoteText()
            .Line("OPERATIVE NOTE").Blank()
            .Section("DATE OF SURGERY:", Date(day))
            .Section("PREOPERATIVE DIAGNOSIS:", Condition.Name + ".")
            .Section("POSTOPERATIVE DIAGNOSIS:", NoteText.Sentence(Condition.AssessmentPhrase))
            .Section("PROCEDURES:", NoteText.Sentence(Condition.Procedure ?? Condition.Name))
            .Section("SURGEON:", @case.Attending.Author)
            .Section("ASSISTANT:", "None.")
            .Section("ANESTHESIA:", "General endotracheal.")
            .Section("FINDINGS:", operation.Findings)
            .Section(
                "DESCRIPTION OF PROCEDURE:",
                "The patient was placed supine and general endotracheal anesthesia was induced. The abdomen was prepped and draped in sterile fashion and a timeout was performed. " +
                "Pneumoperitoneum was established through a periumbilical incision using the Hasson technique, and two additional 5 mm ports were placed under direct vision. " +
                operation.Technique +
                " The fascia at the umbilical port was closed and the skin was closed with absorbable subcuticular suture. The patient was extubated in the operating room.")
            .Section("ESTIMATED BLOOD LOSS:", $"{rng.Next(1, 6) * 5} mL.")
            .Section("SPECIMENS:", operation.Specimen + " to pathology.")
            .Section("COMPLICATIONS:", "None.")
            .Section("DISPOSITION:", "To PACU in stable condition.");
        return Note("operative", @case.Attending, at, text);
    }

    private NoteSubmission DischargeSummary()
    {
        var at = At(@case.ServiceEnd, 10, 16);
        string procedures = Condition.Procedure is { } procedure && Condition.IsSurgical
            ? $"{procedure} ({Date(@case.ServiceStart.AddDays(Condition.Operation!.HospitalDay))})."
            : "None.";
        string followUp = Condition.IsSurgical
            ? "General surgery clinic in 2 weeks; PCP in 1-2 weeks."
            : Pick(["PCP in 1 week.", "PCP in 1-2 weeks.", "PCP in 2 weeks."]);
        string disposition = @case.Age >= 75 && rng.Next(3) == 0 ? "Home with home health services." : "Home.";

        var text = new NoteText()
            .Line("DISCHARGE SUMMARY").Blank()
            .Section("ADMISSION DATE:", Date(@case.ServiceStart))
            .Section("DISCHARGE DATE:", Date(@case.ServiceEnd))
            .Section("LENGTH OF STAY:", $"{@case.LengthOfStay} days")
            .Section("ATTENDING:", @case.Attending.Author)
            .Block("DISCHARGE DIAGNOSES:", Diagnoses())
            .Section("PROCEDURES:", procedures)
            .Section("HISTORY OF PRESENT ILLNESS:", $"{Intro()} who {Opening}")
            .Section("HOSPITAL COURSE:", @case.Fill(Condition.HospitalCourse ?? $"Treated for {Condition.Name.ToLowerInvariant()} with improvement and discharged on hospital day {{los}}."))
            .Section("CONDITION AT DISCHARGE:", "Stable. Ambulating independently and tolerating a regular diet.")
            .Block("DISCHARGE MEDICATIONS:", NoteText.Bullets(@case.DischargeMedications))
            .Section("ALLERGIES:", Allergies())
            .Section("FOLLOW-UP:", followUp)
            .Section("DISPOSITION:", disposition);
        return Note("discharge-summary", @case.Attending, at, text);
    }

    private NoteSubmission EmergencyNote()
    {
        var at = At(@case.ServiceStart, 8, 22);
        var text = new NoteText()
            .Line("EMERGENCY DEPARTMENT NOTE").Blank()
            .Section("DATE OF SERVICE:", Date(@case.ServiceStart))
            .Section("CHIEF COMPLAINT:", ChiefComplaint)
            .Section("HISTORY OF PRESENT ILLNESS:", Hpi())
            .Section("PAST MEDICAL HISTORY:", PastMedicalHistory())
            .Block("MEDICATIONS:", NoteText.Bullets(@case.HomeMedications))
            .Section("ALLERGIES:", Allergies())
            .Section("SOCIAL HISTORY:", SocialHistory())
            .Section("REVIEW OF SYSTEMS:", ReviewOfSystems())
            .Block("PHYSICAL EXAM:", $"{Vitals()}\n{Exam()}");
        AppendResults(text);
        AppendProcedure(text);
        string audience = @case.Pediatric ? $"the patient and {(@case.Female ? "her" : "his")} {@case.Parent}, who agree" : "the patient, who agrees";
        text.Section(
                "MEDICAL DECISION MAKING:",
                $"Differential diagnosis considered. History, examination, and results above support the diagnoses below. Treatment, return precautions, and disposition were discussed with {audience} with the plan.")
            .Block("ASSESSMENT AND PLAN:", AssessmentAndPlan())
            .Section("DISPOSITION:", Condition.Disposition);
        return Note("emergency", @case.Attending, at, text);
    }

    private NoteSubmission ProgressNote()
    {
        var at = At(@case.ServiceStart, 8, 17);
        bool outpatient = @case.Setting == DemoSettings.Outpatient;
        var text = new NoteText()
            .Line(outpatient ? "OUTPATIENT CLINIC NOTE" : "PROGRESS NOTE").Blank()
            .Section("DATE OF SERVICE:", Date(@case.ServiceStart))
            .Section("VISIT TYPE:", @case.NewPatient ? "New patient visit." : "Established patient visit.")
            .Line("SUBJECTIVE:")
            .Section("CHIEF COMPLAINT:", ChiefComplaint)
            .Section("HISTORY OF PRESENT ILLNESS:", Hpi())
            .Section("PAST MEDICAL HISTORY:", PastMedicalHistory())
            .Block("MEDICATIONS:", NoteText.Bullets(@case.HomeMedications))
            .Section("ALLERGIES:", Allergies())
            .Section("SOCIAL HISTORY:", SocialHistory())
            .Section("REVIEW OF SYSTEMS:", ReviewOfSystems())
            .Line("OBJECTIVE:")
            .Line(Vitals())
            .Block("PHYSICAL EXAM:", Exam());
        AppendResults(text);
        text.Block("ASSESSMENT:", Diagnoses())
            .Block("PLAN:", ProblemPlans(withPhrase: false));
        AppendProcedure(text);
        return Note("progress", @case.Attending, at, text);
    }

    // ---- sections -------------------------------------------------------------------------------------------

    private string Intro()
    {
        string who = @case.Age switch
        {
            < 13 => @case.Female ? "girl" : "boy",
            _ => @case.Female ? "female" : "male",
        };
        var history = @case.HistoryItems.ToList();
        string context = history.Count == 0 ? "no significant past medical history" : "a history of " + NoteText.Join(history, "and");
        return $"{@case.Age}-year-old {who} with {context}";
    }

    private string Hpi()
    {
        var parts = new List<string> { $"{Intro()} who {Opening}" };
        parts.AddRange(Subset(Condition.HpiDetails, 2, 3).Select(@case.Fill));
        var negatives = Subset(Condition.PertinentNegatives, 2, 3);
        if (negatives.Count > 0)
        {
            parts.Add($"Denies {NoteText.Join(negatives, "or")}.");
        }

        return string.Join(' ', parts);
    }

    private string PastMedicalHistory()
    {
        var items = @case.HistoryItems.ToList();
        if (items.Count == 0)
        {
            return "None.";
        }

        string text = string.Join(", ", items) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private string Allergies() => Pick(["NKDA.", "No known drug allergies.", "NKDA."]);

    private string SocialHistory()
    {
        if (@case.Pediatric)
        {
            string school = @case.Age switch
            {
                < 5 => "Attends daycare",
                < 11 => "In elementary school",
                < 14 => "In middle school",
                _ => "In high school",
            };
            return $"Lives with parents. {school}. No tobacco smoke exposure at home. Immunizations up to date.";
        }

        string living = Pick(["Lives with spouse", "Lives alone", "Lives with partner", "Lives with family"]);
        string work = @case.Age >= 67 ? "Retired" : Pick(["Works as an accountant", "Works in construction", "Works as a teacher", "Works in retail", "Works as a software developer", "Works as a delivery driver"]);
        string alcohol = Pick(["Drinks alcohol socially", "Denies alcohol use", "Drinks 1-2 glasses of wine per week"]);
        return $"{living}. {work}. No current tobacco use. {alcohol}. No illicit drug use.";
    }

    private string ReviewOfSystems()
    {
        var parts = new List<string>();
        if (Condition.RosPositives.Count > 0)
        {
            parts.Add($"Positive for {NoteText.Join(Condition.RosPositives, "and")}.");
        }

        if (Condition.PertinentNegatives.Count > 0)
        {
            parts.Add($"Negative for {NoteText.Join(Condition.PertinentNegatives, "and")}.");
        }

        parts.Add("All other systems reviewed and are negative.");
        return string.Join(' ', parts);
    }

    private string Vitals()
    {
        var profile = Condition.Vitals == VitalsProfile.Normal && @case.Age < 12 ? VitalsProfile.Child : Condition.Vitals;
        decimal tempC = rng.Next((int)(profile.TempMinC * 10), (int)(profile.TempMaxC * 10) + 1) / 10m;
        decimal tempF = Math.Round((tempC * 9 / 5) + 32, 1);
        int heartRate = rng.Next(profile.HeartRateMin, profile.HeartRateMax + 1);
        int systolic = rng.Next(profile.SystolicMin, profile.SystolicMax + 1);
        int diastolic = rng.Next(profile.DiastolicMin, profile.DiastolicMax + 1);
        int respiratoryRate = rng.Next(profile.RespiratoryRateMin, profile.RespiratoryRateMax + 1);
        int spo2 = rng.Next(profile.SpO2Min, profile.SpO2Max + 1);
        int weightKg = @case.Age switch
        {
            < 12 => (@case.Age * 3) + 7 + rng.Next(-2, 3),
            < 18 => rng.Next(40, 76),
            _ when @case.Obese => rng.Next(102, 136),
            _ => rng.Next(55, 96),
        };
        return string.Create(
            Invariant,
            $"VITALS: T {tempC:0.0} C ({tempF:0.0} F), HR {heartRate}, BP {systolic}/{diastolic}, RR {respiratoryRate}, SpO2 {spo2}% on room air, Wt {weightKg} kg.");
    }

    private string Exam()
    {
        var overrides = Condition.Exam.ToDictionary(line => line[..line.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var system in ExamSystems)
        {
            if (overrides.Remove(system, out var line))
            {
                lines.Add(line);
            }
            else if (DefaultExam(system) is { } normal)
            {
                lines.Add($"{system}: {normal}");
            }
        }

        // Any other condition-specific system keeps catalogue order at the end.
        lines.AddRange(Condition.Exam.Where(line => overrides.ContainsKey(line[..line.IndexOf(':', StringComparison.Ordinal)])));
        return string.Join('\n', lines);
    }

    private string? DefaultExam(string system) => system switch
    {
        "General" => @case.Pediatric
            ? "Well-appearing, interactive, in no acute distress."
            : Pick(["Alert, well-appearing, in no acute distress.", "Well-developed, well-nourished, NAD."]),
        "HEENT" => "Normocephalic, atraumatic. Mucous membranes moist. Oropharynx clear.",
        "Neck" => "Supple, no lymphadenopathy.",
        "Cardiovascular" => Pick(["Regular rate and rhythm, normal S1/S2, no murmurs, rubs, or gallops.", "RRR, no murmurs."]),
        "Lungs" => Pick(["Clear to auscultation bilaterally, no wheezes, rales, or rhonchi. Normal work of breathing.", "CTAB, no increased work of breathing."]),
        "Abdomen" => "Soft, nontender, nondistended, normal bowel sounds.",
        "Extremities" => "No edema. Distal pulses 2+ and symmetric.",
        "Skin" => "Warm and dry, no rashes.",
        "Neuro" => @case.Pediatric ? "Alert, age-appropriate, moves all extremities." : "Alert and oriented x3, no focal deficits.",
        "Psych" => @case.Pediatric ? null : "Normal mood and affect.",
        _ => null,
    };

    private void AppendResults(NoteText text)
    {
        if (Condition.Results.Count > 0)
        {
            text.Block("DIAGNOSTIC DATA:", NoteText.Bullets(Condition.Results));
        }
    }

    private void AppendProcedure(NoteText text)
    {
        bool performed = Condition.Charges.Any(c => c.Kind != ChargeKind.Ancillary && c.AppliesTo(@case.Setting));
        if (performed && Condition.Procedure is { } procedure)
        {
            text.Section("PROCEDURES:", $"{procedure}. {Condition.ProcedureNote}".TrimEnd());
        }
    }

    /// <summary>Numbered diagnoses: the primary assessment phrase, then each comorbidity's full phrase.</summary>
    private string Diagnoses()
    {
        var phrases = new[] { Condition.AssessmentPhrase }.Concat(@case.Comorbidities.Select(c => c.Comorbidity.AssessmentPhrase));
        return string.Join('\n', phrases.Select((p, i) => $"{i + 1}. {NoteText.Sentence(p)}"));
    }

    private string AssessmentAndPlan() => ProblemPlans(withPhrase: true);

    private string ProblemPlans(bool withPhrase)
    {
        var problems = new List<(string Title, IReadOnlyList<string> Plan)>
        {
            (withPhrase ? Condition.AssessmentPhrase : Condition.Name, @case.PrimaryPlan.Select(@case.Fill).ToList()),
        };
        problems.AddRange(@case.Comorbidities.Select(c =>
            (withPhrase ? c.Comorbidity.AssessmentPhrase : c.Comorbidity.Name, (IReadOnlyList<string>)[c.Plan(@case.Inpatient)])));

        var lines = new List<string>();
        for (int i = 0; i < problems.Count; i++)
        {
            string title = withPhrase ? NoteText.Sentence(problems[i].Title) : problems[i].Title + ":";
            lines.Add($"{i + 1}. {title}");
            lines.AddRange(problems[i].Plan.Select(p => $"   - {p}"));
        }

        return string.Join('\n', lines);
    }

    private string InpatientFooter()
    {
        string prophylaxis =
            Condition.TherapeuticAnticoagulation ? "On therapeutic anticoagulation as above."
            : @case.Pediatric ? "Early ambulation."
            : Condition.IsSurgical ? "SCDs; enoxaparin 40 mg subcut daily starting postoperative day 1."
            : "Enoxaparin 40 mg subcut daily.";
        string dispo = $"Anticipate discharge home in {Math.Max(1, @case.LengthOfStay - 1)}-{@case.LengthOfStay} days.";
        return $"VTE prophylaxis: {prophylaxis}\nCode status: Full code.\nDisposition: {dispo}";
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private NoteSubmission Note(string type, DemoProvider author, DateTimeOffset at, NoteText text)
    {
        var signed = at.AddMinutes(rng.Next(20, 180));
        text.Line($"Electronically signed by {author.Author} on {signed.ToString("MM/dd/yyyy HH:mm", Invariant)}.");
        return new NoteSubmission { Type = type, Author = author.Author, Date = at, Text = text.ToString() };
    }

    private DateTimeOffset At(DateOnly day, int fromHour, int toHour) =>
        new(day.ToDateTime(new TimeOnly(rng.Next(fromHour, toHour), rng.Next(0, 60))), TimeSpan.Zero);

    private static string Date(DateOnly day) => day.ToString("MM/dd/yyyy", Invariant);

    private string Pick(IReadOnlyList<string> options) => options[rng.Next(options.Count)];

    /// <summary>Between min and max items (fewer if the list is shorter), keeping catalogue order.</summary>
    private List<string> Subset(IReadOnlyList<string> items, int min, int max)
    {
        int take = Math.Min(items.Count, rng.Next(min, max + 1));
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        rng.Shuffle(indexes);
        return indexes.Take(take).Order().Select(i => items[i]).ToList();
    }
}
