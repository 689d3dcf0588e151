using static MedCoder.SyntheticEncounters.DemoSettings;

namespace MedCoder.SyntheticEncounters;

public static partial class DemoConditions
{
    private static IEnumerable<DemoCondition> Respiratory()
    {
        yield return new("Community-acquired pneumonia", "Community-acquired pneumonia, unspecified organism", "J18.9")
        {
            Settings = [Inpatient, Emergency, Office],
            MinAge = 30,
            Acuity = 3,
            ChiefComplaints = ["Cough and fever", "Shortness of breath and productive cough"],
            HpiOpenings =
            [
                "presents with {days} days of productive cough with yellow-green sputum, subjective fevers, and progressive SOB.",
                "reports {days} days of fever to 101.8 F, chills, and cough productive of purulent sputum, now with dyspnea on exertion.",
            ],
            HpiDetails =
            [
                "Symptoms began after a mild cold last week.",
                "Reports right-sided pleuritic discomfort with deep inspiration.",
                "No hospitalization or antibiotic use in the past 90 days.",
                "Appetite decreased but tolerating fluids.",
            ],
            RosPositives = ["fever", "chills", "productive cough", "dyspnea on exertion", "fatigue"],
            PertinentNegatives = ["hemoptysis", "calf pain or leg swelling", "nausea or vomiting", "sick contacts"],
            Vitals = VitalsProfile.Normal with { TempMinC = 38.2m, TempMaxC = 39.1m, HeartRateMin = 96, HeartRateMax = 116, RespiratoryRateMin = 20, RespiratoryRateMax = 26, SpO2Min = 90, SpO2Max = 94 },
            Exam =
            [
                "General: Ill-appearing, mildly tachypneic, speaking in full sentences.",
                "Lungs: Crackles and egophony at the right base with decreased breath sounds over the right lower lobe. No wheezes.",
            ],
            Results =
            [
                "CXR (PA/lateral): Right lower lobe consolidation. No effusion or pneumothorax.",
                "CBC: WBC 15.8 with left shift. BMP within normal limits. Procalcitonin 0.9 ng/mL.",
            ],
            Plan =
            [
                "Low CURB-65 score; appropriate for outpatient treatment.",
                "Amoxicillin-clavulanate 875/125 mg PO BID x 5 days plus azithromycin 500 mg PO day 1, then 250 mg daily x 4 days.",
                "Albuterol HFA 2 puffs q4-6h PRN SOB; acetaminophen PRN fever.",
                "Return for worsening SOB, confusion, or persistent fever; recheck in 48-72 hours.",
            ],
            EmergencyPlan =
            [
                "Low CURB-65 score; ambulatory SpO2 93% on room air, appropriate for discharge.",
                "Ceftriaxone 1 g IM given in the ED.",
                "Amoxicillin-clavulanate 875/125 mg PO BID x 5 days plus azithromycin 250 mg PO daily x 4 days.",
                "PCP follow-up in 2-3 days; return for worsening SOB, confusion, or persistent fever.",
            ],
            InpatientPlan =
            [
                "Admit to medicine for IV antibiotics and supplemental O2.",
                "Ceftriaxone 1 g IV q24h and azithromycin 500 mg IV daily.",
                "Blood cultures and sputum culture pending; follow up.",
                "Supplemental O2 via nasal cannula titrated to SpO2 > 92%; incentive spirometry.",
            ],
            HospitalCourse = "Admitted and started on IV ceftriaxone and azithromycin with supplemental oxygen by nasal cannula. Fevers resolved by hospital day 2 and oxygen was weaned to room air. Blood cultures showed no growth. {He} was transitioned to oral antibiotics and ambulated without desaturation before discharge on hospital day {los}.",
            DischargeMedications = ["amoxicillin-clavulanate 875/125 mg PO BID x 3 more days"],
            Charges =
            [
                C("71046"), C("85025"), C("80048"),
                C("84145").In(Inpatient, Emergency),
                C("87040", 2).In(Inpatient),
                C("J0696", 4).In(Inpatient, Emergency), C("96372").In(Emergency),
                C("J0456").In(Inpatient), C("96365").In(Inpatient), C("96367").In(Inpatient),
            ],
        };

        yield return new("Acute exacerbation of COPD", "Chronic obstructive pulmonary disease with acute exacerbation", "J44.1")
        {
            Settings = [Inpatient, Emergency],
            MinAge = 50,
            Acuity = 3,
            ChiefComplaints = ["Shortness of breath", "Worsening SOB and wheezing"],
            HpiOpenings =
            [
                "presents with {days} days of worsening SOB, increased cough, and increased sputum purulence despite using {his} albuterol inhaler every 2-3 hours.",
                "reports {days} days of progressive dyspnea and wheezing with a change in sputum color from white to green.",
            ],
            HpiDetails =
            [
                "Several family members recently had colds.",
                "Baseline exercise tolerance is about one block; now short of breath walking across the room.",
                "Not on home oxygen at baseline.",
                "Last exacerbation was over a year ago.",
            ],
            HistoryItems = ["COPD"],
            HomeMedications = ["tiotropium 18 mcg inhaled daily", "albuterol HFA 90 mcg 2 puffs q4-6h PRN"],
            RosPositives = ["dyspnea", "wheezing", "cough with purulent sputum"],
            PertinentNegatives = ["fever", "chest pain", "leg swelling", "hemoptysis"],
            Vitals = VitalsProfile.Normal with { TempMaxC = 37.6m, HeartRateMin = 96, HeartRateMax = 114, RespiratoryRateMin = 22, RespiratoryRateMax = 28, SpO2Min = 88, SpO2Max = 92 },
            Exam =
            [
                "General: Moderate respiratory distress, using accessory muscles, speaking in short phrases.",
                "Lungs: Diffuse expiratory wheezes with prolonged expiratory phase and decreased air movement bilaterally. No crackles.",
            ],
            Results =
            [
                "CXR: Hyperinflation without focal consolidation, effusion, or pneumothorax.",
                "VBG: pH 7.36, pCO2 48. CBC and BMP unremarkable. BNP 64 pg/mL.",
            ],
            Plan =
            [
                "Ipratropium-albuterol nebulizer x 3 back-to-back with improved air movement; ambulatory SpO2 93% on room air.",
                "Prednisone 40 mg PO daily x 5 days.",
                "Doxycycline 100 mg PO BID x 5 days for increased sputum purulence.",
                "Continue tiotropium; albuterol PRN. PCP follow-up in 3-5 days.",
            ],
            InpatientPlan =
            [
                "Admit to medicine.",
                "Ipratropium-albuterol nebs q4h scheduled and albuterol q2h PRN.",
                "Methylprednisolone 40 mg IV x 1, then prednisone 40 mg PO daily.",
                "Azithromycin 500 mg PO daily x 3 days.",
                "O2 titrated to SpO2 88-92%.",
            ],
            HospitalCourse = "Treated with scheduled nebulizers, systemic steroids, and azithromycin. Work of breathing improved over {los} days and {he} was weaned to room air with ambulatory SpO2 of 91-93%. Discharged to complete a prednisone course with PCP and pulmonology follow-up.",
            DischargeMedications = ["prednisone 40 mg PO daily x 3 more days"],
            Charges =
            [
                C("71045"), C("85025"), C("80048"), C("82803"), C("83880"),
                C("94640", 3).In(Emergency), C("J7620", 3).In(Emergency),
                C("94640", 4).In(Inpatient), C("J7620", 6).In(Inpatient),
                C("J2919", 8).In(Inpatient), C("96374").In(Inpatient),
            ],
        };

        yield return new("Asthma exacerbation", "Mild intermittent asthma with acute exacerbation", "J45.21")
        {
            Settings = [Emergency, Office],
            MinAge = 4,
            MaxAge = 17,
            ChiefComplaints = ["Wheezing and cough", "Trouble breathing"],
            HpiOpenings =
            [
                "is brought in by {his} {parent} for {days} days of cough and wheezing that began with a cold, now needing albuterol every 3-4 hours.",
                "is brought in by {his} {parent} for increased work of breathing and wheezing over {days} days with minimal relief from home albuterol.",
            ],
            HpiDetails =
            [
                "Night-time cough has been waking {him} up.",
                "No prior ICU admissions or intubations.",
                "Uses albuterol about once a month at baseline.",
                "Triggers include viral illnesses and cold air.",
            ],
            HistoryItems = ["mild intermittent asthma"],
            HomeMedications = ["albuterol HFA 90 mcg 2 puffs with spacer q4-6h PRN"],
            RosPositives = ["cough", "wheezing", "shortness of breath", "rhinorrhea"],
            PertinentNegatives = ["fever", "vomiting", "chest pain"],
            Vitals = VitalsProfile.Child with { HeartRateMin = 112, HeartRateMax = 132, RespiratoryRateMin = 26, RespiratoryRateMax = 34, SpO2Min = 92, SpO2Max = 95 },
            Exam =
            [
                "General: Mild respiratory distress, speaking in full sentences, playful between coughing spells.",
                "Lungs: Diffuse expiratory wheezes bilaterally with mild subcostal retractions. Good air entry after treatment.",
            ],
            Results = ["Peak flow 62% of predicted before treatment, 85% after treatment."],
            Plan =
            [
                "Albuterol 2.5 mg nebulized x 3 with marked improvement in wheezing and work of breathing.",
                "Dexamethasone 10 mg IM x 1.",
                "Albuterol HFA with spacer 4 puffs q4h x 48 hours, then PRN.",
                "Asthma action plan reviewed with {parent}; follow-up with pediatrician in 2-3 days.",
            ],
            Charges = [C("94640", 3), C("J7613", 8), C("J1100", 10), C("96372")],
        };

        yield return new("Acute bronchitis", "Acute bronchitis", "J20.9")
        {
            Settings = [Office, Emergency],
            Acuity = 1,
            MaxAge = 80,
            ChiefComplaints = ["Cough", "Chest congestion"],
            HpiOpenings =
            [
                "presents with about 10 days of cough, initially dry and now productive of clear sputum, which started after a cold.",
                "presents with a persistent cough for 8 days with chest congestion and mild fatigue.",
            ],
            HpiDetails =
            [
                "Cough is worse at night.",
                "Using OTC dextromethorphan with little relief.",
                "No recent travel.",
            ],
            RosPositives = ["cough", "sore throat", "fatigue"],
            PertinentNegatives = ["fever", "SOB", "hemoptysis", "weight loss"],
            Exam = ["Lungs: Scattered rhonchi that clear with cough. No crackles or wheezes. Normal work of breathing."],
            Plan =
            [
                "No antibiotics indicated; discussed expected duration of cough up to 3 weeks.",
                "Benzonatate 100 mg PO TID PRN cough; guaifenesin 600 mg PO BID PRN; fluids and honey.",
                "Return if fever, SOB, or cough persisting beyond 3 weeks.",
            ],
            Charges = [C("71046").In(Emergency)],
        };

        yield return new("Acute sinusitis", "Acute sinusitis", "J01.90")
        {
            Settings = [Office],
            Acuity = 1,
            MaxAge = 75,
            ChiefComplaints = ["Sinus congestion and facial pressure", "Sinus pain"],
            HpiOpenings =
            [
                "presents with 10 days of nasal congestion, purulent nasal discharge, and facial pressure that worsened after initial improvement.",
                "presents with 12 days of thick discolored nasal drainage, facial pain, and postnasal drip.",
            ],
            HpiDetails =
            [
                "Tried saline spray and pseudoephedrine without improvement.",
                "Reduced sense of smell.",
                "No recent dental work.",
            ],
            RosPositives = ["nasal congestion", "facial pressure", "postnasal drip"],
            PertinentNegatives = ["vision changes", "severe headache", "neck stiffness", "periorbital swelling"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.3m, TempMaxC = 38.0m },
            Exam = ["HEENT: Purulent nasal discharge, erythematous turbinates, tenderness to palpation over the sinuses. TMs clear. Postnasal drainage in the oropharynx."],
            Plan =
            [
                "Amoxicillin-clavulanate 875/125 mg PO BID x 7 days given worsening after initial improvement.",
                "Saline irrigation and fluticasone nasal spray 2 sprays each nostril daily.",
                "Return for vision changes, periorbital swelling, or severe headache.",
            ],
        };

        yield return new("Acute pharyngitis", "Acute pharyngitis", "J02.9")
        {
            Settings = [Office, Emergency],
            Acuity = 1,
            MinAge = 5,
            MaxAge = 60,
            ChiefComplaints = ["Sore throat"],
            HpiOpenings =
            [
                "presents with {days} days of sore throat and painful swallowing.",
                "presents with {days} days of sore throat, mild cough, and runny nose.",
            ],
            HpiDetails =
            [
                "Household contacts with similar symptoms.",
                "Tolerating liquids.",
                "Took ibuprofen earlier today with some relief.",
            ],
            RosPositives = ["sore throat", "rhinorrhea", "mild cough"],
            PertinentNegatives = ["drooling", "difficulty breathing", "rash", "neck stiffness"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.2m, TempMaxC = 38.1m },
            Exam =
            [
                "HEENT: Pharyngeal erythema without exudate. Tonsils 1+ and symmetric. Uvula midline. No trismus.",
                "Neck: Supple. Mildly tender anterior cervical nodes.",
            ],
            Results = ["Rapid strep antigen: negative. Throat culture sent."],
            Plan =
            [
                "Likely viral; antibiotics not indicated pending throat culture.",
                "Ibuprofen or acetaminophen PRN pain (weight-based for children); salt-water gargles and throat lozenges.",
                "Will call with culture results; return for drooling, difficulty breathing, or inability to swallow.",
            ],
            Charges = [C("87880"), C("87070")],
        };

        yield return new("Otitis media", "Otitis media, right ear", "H66.91")
        {
            Settings = [Office],
            MinAge = 1,
            MaxAge = 9,
            Acuity = 1,
            ChiefComplaints = ["Right ear pain", "Ear pain and fever"],
            HpiOpenings =
            [
                "is brought in by {his} {parent} for {days} days of right ear pain, fussiness, and fever following a cold.",
                "is brought in by {his} {parent} for right ear pain since last night and a temperature of 101 F at home.",
            ],
            HpiDetails =
            [
                "Has been pulling at the right ear.",
                "Sleeping poorly.",
                "Eating and drinking normally.",
            ],
            RosPositives = ["ear pain", "fever", "nasal congestion"],
            PertinentNegatives = ["ear drainage", "vomiting", "rash"],
            Vitals = VitalsProfile.Child with { TempMinC = 38.0m, TempMaxC = 38.8m },
            Exam = ["HEENT: Right TM bulging and erythematous with loss of landmarks and decreased mobility. Left TM clear. Clear rhinorrhea. Oropharynx clear."],
            Plan =
            [
                "Amoxicillin 90 mg/kg/day PO divided BID x 10 days.",
                "Acetaminophen or ibuprofen PRN fever and pain.",
                "Recheck if not improved in 48-72 hours or sooner for worsening.",
            ],
        };
    }
}
