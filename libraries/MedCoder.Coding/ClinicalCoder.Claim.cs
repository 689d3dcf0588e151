using System.Runtime.InteropServices;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding;

/// <summary>The claim purpose's steps after the mentions are read: the Official Guidelines over the candidates, status codes, sequencing.</summary>
public sealed partial class ClinicalCoder
{
    // A status phrase is as sure as a three-word title: below auto-release, unless it states the encounter's reason in the
    // final diagnostic statement.
    private const double StatusConfidence = 0.8;
    private const double StatedReasonConfidence = 0.9;

    // A general examination's kind and a screening's (against a diagnostic test, or the exam a postpartum visit really is)
    // are a coder's judgment: on notes coded blind, 4 of 6 such stated reasons were right, against 7 of 7 pre-procedural
    // examinations. Below auto-release.
    private static bool IsJudgedReason(string code) => code.StartsWith("Z00", StringComparison.Ordinal) || code.StartsWith("Z12", StringComparison.Ordinal);

    // Claim codes whose evidence is not a direct statement of the final diagnostic statement (the HPI's narrative, the
    // past history, a status phrase) stay below auto-release: a coder confirms them (README, claim anchoring).
    private const double NotStatedCeiling = 0.8;

    /// <summary>
    /// Claim rules (I.C.9.a, I.B.5, I.B.2, I.C.5.b.3, IV, I.C.15) over the codes sure enough to be suggested; an index keeps
    /// every condition as the text names it.
    /// </summary>
    private static void ApplyClaimRules(CoderModel model, Encounter encounter, List<(ReadNote Note, ContextFlags[] Flags)> read, List<Candidate> confident)
    {
        bool Billable(string code) => model.Edition.Codes.Find(code) is { Billable: true };
        var notes = read.ConvertAll(r => r.Note);
        model.FractureSites.Apply(notes, confident, note => Episodes.Of(note, encounter.Setting, read.Find(r => r.Note == note).Flags)); // the episode read only for a fracture
        SkinCarcinomaSites.Apply(notes, confident, Billable);
        ChronicUlcerSites.Apply(notes, confident, Billable);
        model.StatedSide.Apply(notes, confident);
        CoughDuration.Apply(notes, confident, Billable);
        BreastDensity.Apply(notes, confident, Billable);
        LocalizedLymphadenopathy.Apply(notes, confident, Billable);
        SexSpecificCodes.Apply(notes, confident, encounter.Patient.Sex, model.Hierarchy);
        NamedEtiology.Apply(notes, confident, model.SequencingNotes, code => model.Edition.Codes.Find(code) is { Billable: true } found ? found.LongDescription : null);
        GuidelineRules.ApplyCombinations(confident, Billable);
        CombinedCataract.Apply(confident, Billable);
        SpineRegions.Apply(notes, confident, model.Edition.Codes, model.Hierarchy);
        DiscRadiculopathy.Apply(read, encounter.Setting, confident, Billable);
        GuidelineRules.DropIntegralSymptoms(confident, model.AdditionalCodeNotes);
        DiabetesControl.Apply(notes, confident, Billable);
        DescribedSymptoms.Drop(notes, confident);
        UnreportedFindings.Drop(notes, confident);
        GuidelineRules.DropCombinedConditions(confident, model.Description, model.AdditionalCodeNotes);

        // Excludes1 "that with ..." (I.A.12.a): the condition is coded by the combination the note names when that is coded.
        confident.RemoveAll(c => c.System == CodeSystems.Icd10Cm && model.CombinationExcludes(c.Code) is { Count: > 0 } combinations
            && confident.Exists(o => o != c && o.System == CodeSystems.Icd10Cm && combinations.Any(r => r.Contains(o.Code))));
        GuidelineRules.DropUnspecifiedBesideSpecific(confident, model.Description);
        GuidelineRules.DropDefaultBesideSpecificCondition(confident, model.Description);
        GuidelineRules.DropResidualBesideSpecific(confident, DictionaryRules[(int)Matching.TermSource.Residual]);
        GuidelineRules.DropPartsOfAcuteOnChronic(confident, model.Description);
        CodeExclusions.DropUncomplicatedSubstanceUse(confident);
        CodeExclusions.DependenceWithIntoxication(notes, confident, Billable);
        UncomplicatedSubstanceEffects.Apply(read, confident, model.Description, Billable);
        CodeExclusions.DropOtherPreproceduralBesideSpecific(confident);
        CodeExclusions.DropComaScaleWithoutBrainInjury(confident);
        CodeExclusions.DropStrokeScaleWithoutStroke(confident);
        CodeExclusions.DropCerebralIschemiaBesideInfarction(confident);
        CodeExclusions.DropHeartConditionsOfHypertensiveHeartDisease(confident);
        CodeExclusions.DropMetabolicDisturbanceOfHyperemesis(confident);
        CodeExclusions.DropUntypedDiabetesBesideGestational(confident);
        CodeExclusions.StaphylococcusAsTheCause(confident, Billable);
        CodeExclusions.DropOrganismWithoutCondition(confident);
        CodeExclusions.ElectronicCigarettesAreOtherProducts(notes, confident);
        CodeExclusions.DropTobaccoUseBesideDependence(confident);
        CodeExclusions.DropCounselingOfCodedCondition(confident);
        WoundAftercare.Apply(notes, confident);
        TypeOneDiabetes.Apply(notes, confident, Billable);
        CodeExclusions.DropDefaultTypeBesideTypeOne(confident);
        CodeExclusions.DropInsulinUseWithTypeOneDiabetes(confident);
        CodeExclusions.DropRenalSecondaryHypertensionBesideHypertensiveKidneyDisease(confident);
        AlzheimerDementia.Apply(notes, confident, Billable);
        EffusionInOtherConditions.Apply(confident);
        GestationalDiabetesControl.Apply(notes, confident, Billable);
        CodeExclusions.KeepOneReadingOfAMention(notes, confident, model.Excludes, model.Description);
        CodeExclusions.KeepMeasuredGestation(confident, MeasuredRule);
        CodeExclusions.DropUnsitedBurnBesideSited(confident);
        CodeExclusions.HelicobacterAsTheCause(notes, confident);
        foreach (var c in confident)
        {
            // An encounter reason the provider states (a general examination, screening, aftercare) is listed first; history
            // and status codes come after the conditions whatever the section named them (Guidelines IV: the first-listed
            // diagnosis is the reason for the encounter).
            if (c.System == CodeSystems.Icd10Cm && c.FinalStatement && GuidelineRules.IsEncounterReason(c.Code))
            {
                c.Precedence = Candidate.ReasonPrecedence;
            }
            else if (c.System == CodeSystems.Icd10Cm && c.Precedence == Candidate.DefaultPrecedence && IsStatusRule(c.Rule))
            {
                c.Precedence = Candidate.StatusPrecedence;
            }
        }

        var delivery = encounter.Setting == CareSetting.Inpatient && encounter.Patient.Sex != AdministrativeSex.Male ? Deliveries.DeliveredNow(read, confident) : null;
        var stage = delivery is not null ? Pregnancy.Childbirth : Pregnancy.Trimester(read, confident);
        if (encounter.Patient.Sex != AdministrativeSex.Male && stage is { } trimester && !Pregnancy.IsIncidental(read))
        {
            Pregnancy.StateTrimester(confident, trimester, Billable, model.Description);
            foreach (var obstetric in Pregnancy.Apply(confident, trimester, Billable))
            {
                // A code the rule makes from another: a coder confirms it.
                obstetric.FinalStatement = false;
                obstetric.Confidence = Math.Min(obstetric.Confidence, NotStatedCeiling);
            }
        }

        // Weeks of gestation are a pregnancy's or a delivery's (I.C.15.b.3): a postpartum visit telling of the delivery "at 39 weeks" has none.
        if (stage is null)
        {
            confident.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z3A", StringComparison.Ordinal));
        }

        if (delivery is not null && Deliveries.Apply(notes, confident, delivery, Billable) is { } outcome)
        {
            // A status of the mother's record (I.C.21.c.3 lists Z37 among them): coded wherever the delivery is told of.
            outcome.Rule = StatusRule + "outcome-of-delivery";
            outcome.Confidence = outcome.Raw = NotStatedCeiling;
        }

        // The pregnant state is incidental (Z33.1) only when the provider says so; otherwise chapter 15 codes it (I.C.15.a.1).
        if (!Pregnancy.IsIncidental(read))
        {
            confident.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code == Pregnancy.Incidental);
        }

        // A stay that begins within a day of the birth is the newborn's own record.
        if (encounter.Setting == CareSetting.Inpatient && encounter.ServiceStart.DayNumber - encounter.Patient.BirthDate.DayNumber is >= 0 and <= 1)
        {
            NewbornRecord.Apply(notes, confident, StatusRule + "newborn-birth-episode", StatusConfidence);
        }

        TreatedMalignancy.Apply(notes, confident, Billable);
        OldMyocardialInfarction.Apply(notes, confident);
        AddFollowUp(read, confident, Billable);
        Immunizations.DropVaccineNames(notes, confident);
        AddImmunization(read, confident, Billable);
        SevereSepsis.AddSystemicInfection(confident, model.Description, Billable);
        SepsisOrganisms.Apply(notes, confident, Billable);
        IdentifiedInfluenza.Apply(read, confident, Billable);
        GuidelineRules.ConfirmHivDisease(notes, confident);
        CodeExclusions.ConfirmOrganismNamedBySepsis(confident);
        model.DrugEffects.Apply(read, confident, Billable);
        CodeExclusions.DropOtherAdverseEffectBesideNamed(confident);
        GeneralExaminations.Apply(notes, confident, encounter.Patient.AgeOn(encounter.ServiceEnd));
        if (encounter.Setting == CareSetting.Inpatient)
        {
            SymptomsBesideDiagnoses(confident);
            CoronaryStentThisStay.Apply(notes, confident);
            model.Procedures.Apply(read, confident);
        }

        if (encounter.Setting != CareSetting.Inpatient)
        {
            ManagedElsewhere.Apply(notes, confident);
        }

        // Last, once the rules that complete a code from its parts have read them ("without angina" beside an angina is I25.11-).
        ContradictedTitles.Drop(read, notes, confident, model.Description);
        GuidelineRules.DropWithoutBesideWith(confident, model.Description);
    }

    /// <summary>
    /// An inpatient symptom beside established diagnoses (Guidelines II.A, III.A): coded only when no related diagnosis
    /// explains it, which the note's words cannot tell the engine ("tremor" in alcohol withdrawal, "diarrhea" in C. difficile
    /// colitis), so a coder confirms it: below auto-release.
    /// </summary>
    private static void SymptomsBesideDiagnoses(List<Candidate> confident)
    {
        var diagnosed = confident.Exists(c => c.System == CodeSystems.Icd10Cm && c.FinalStatement && c.Code[0] is not ('R' or 'Z'));
        foreach (var c in confident)
        {
            if (diagnosed && c.System == CodeSystems.Icd10Cm && c.Code[0] == 'R' && c.Code[1] is >= '0' and <= '6')
            {
                c.Confidence = Math.Min(c.Confidence, SpecificityDoubt.Ceiling);
            }
        }
    }

    /// <summary>A follow-up after completed treatment (<see cref="FollowUpVisits"/>): Z09 or Z08, listed first, for a coder to confirm.</summary>
    private static void AddFollowUp(List<(ReadNote Note, ContextFlags[] Flags)> read, List<Candidate> candidates, Func<string, bool> billable)
    {
        var stated = read.Select((r, n) => FollowUpVisits.Stated(r.Note, n)).FirstOrDefault(s => s is not null);
        if (stated is not { } span || FollowUpVisits.CodeFor(candidates) is not { } code || !billable(code) || candidates.Exists(c => c.Code == code))
        {
            return;
        }

        var followUp = Candidate.FromSpan(CodeSystems.Icd10Cm, code, StatusRule + "follow-up", span, StatusConfidence);
        followUp.Precedence = Candidate.ReasonPrecedence;
        followUp.DiagnosticRank = long.MinValue; // before the history code it follows up, wherever that was stated (I.C.21.c.8)
        candidates.Add(followUp);
    }

    /// <summary>A vaccine given at this encounter (<see cref="Immunizations"/>): Z23 after the conditions, for a coder to confirm.</summary>
    private static void AddImmunization(List<(ReadNote Note, ContextFlags[] Flags)> read, List<Candidate> candidates, Func<string, bool> billable)
    {
        var given = read.Select((r, n) => Immunizations.Given(r.Note, r.Flags, n)).FirstOrDefault(s => s is not null);
        if (given is not { } span || !billable(Immunizations.Code) || candidates.Exists(c => c.Code == Immunizations.Code))
        {
            return;
        }

        var immunization = Candidate.FromSpan(CodeSystems.Icd10Cm, Immunizations.Code, StatusRule + "immunization", span, StatusConfidence);
        immunization.Precedence = Candidate.StatusPrecedence;
        candidates.Add(immunization);
    }

    /// <summary>Codes that come from outside the diagnostic statement by nature: personal and family history, status phrases, measurements.</summary>
    private static bool IsStatusRule(string rule) =>
        rule.StartsWith(HistoryRule, StringComparison.Ordinal) || rule.StartsWith(StatusRule, StringComparison.Ordinal) || rule.StartsWith(MeasuredRule, StringComparison.Ordinal);

    /// <summary>A status code read from its phrase (<see cref="StatusStatements"/>, <see cref="TobaccoUse"/>): named by the note, so anchored.</summary>
    private static void AddStatus(NoteScan scan, StatusMention status)
    {
        if (scan.Model.Edition.Codes.Find(status.Code) is not { Billable: true })
        {
            return;
        }

        var note = scan.Stream.Note;
        var (start, end) = (note.Tokens[status.FirstToken].Start, note.Tokens[status.EndToken - 1].End);
        var section = note.Sentences[status.Sentence].Section;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(scan.Found, (CodeSystems.Icd10Cm, status.Code), out _);
        var candidate = slot ??= new Candidate(CodeSystems.Icd10Cm, status.Code);

        // The status phrase is what names the code; a learned n-gram or title that also pointed at it does not decide its confidence.
        candidate.Rule = StatusRule + status.Kind.ToString().ToLowerInvariant();
        candidate.Mentions++;
        candidate.AssertedMentions++;
        candidate.DictionaryBest = Math.Max(candidate.DictionaryBest, MeasuredScore);
        candidate.Certain = true;
        candidate.Anchored = true;
        candidate.FirstPosition = Math.Min(candidate.FirstPosition, ((long)scan.NoteIndex << 40) | (long)start);
        if (status.Kind == StatusKind.EncounterReason)
        {
            candidate.Precedence = Candidate.ReasonPrecedence;
        }

        if (SectionKinds.IsFinalStatement(section))
        {
            candidate.FinalStatement = true;
            candidate.DiagnosticRank = Math.Min(candidate.DiagnosticRank, DiagnosticRank(scan, section, status.FirstToken));
        }

        candidate.AddEvidence(scan.NoteIndex, start, end);
    }
}
