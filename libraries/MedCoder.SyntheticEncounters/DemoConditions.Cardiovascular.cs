using static MedCoder.SyntheticEncounters.DemoSettings;

namespace MedCoder.SyntheticEncounters;

public static partial class DemoConditions
{
    private static IEnumerable<DemoCondition> Cardiovascular()
    {
        yield return new("Essential hypertension", "Essential (primary) hypertension", "I10")
        {
            Settings = [Office, Outpatient],
            MinAge = 30,
            MaxAge = 85,
            ChiefComplaints = ["Follow-up of elevated blood pressure", "Blood pressure check"],
            HpiOpenings =
            [
                "presents for follow-up of elevated blood pressure noted at two prior visits; home readings average 150s/90s.",
                "presents after a workplace screening showed BP 158/96; home cuff readings have been 145-160/90-100.",
            ],
            HpiDetails =
            [
                "Started reducing salt intake last month.",
                "Reports occasional morning headaches.",
                "Not previously on antihypertensive therapy.",
                "Drinks 2 cups of coffee daily.",
            ],
            RosPositives = ["occasional headache"],
            PertinentNegatives = ["chest pain", "SOB", "vision changes", "focal weakness", "leg swelling"],
            Vitals = VitalsProfile.Normal with { SystolicMin = 148, SystolicMax = 166, DiastolicMin = 92, DiastolicMax = 102 },
            Exam =
            [
                "Cardiovascular: Regular rate and rhythm, no murmurs. No carotid bruits.",
                "Eyes: Fundi without hemorrhages or exudates.",
            ],
            Results = ["ECG: Normal sinus rhythm, no LVH by voltage criteria.", "BMP: Na 139, K 4.2, creatinine 0.9. Lipid panel pending."],
            Plan =
            [
                "Start lisinopril 10 mg PO daily; recheck BMP in 2 weeks.",
                "DASH diet, sodium < 2 g/day, and 150 minutes/week of aerobic activity.",
                "Home BP log twice daily; goal < 130/80.",
                "Follow-up in 4 weeks.",
            ],
            Charges = [C("93000"), C("80048"), C("80061")],
        };

        yield return new("Atrial fibrillation", "Paroxysmal atrial fibrillation with rapid ventricular response", "I48.0")
        {
            Settings = [Emergency, Inpatient],
            MinAge = 50,
            Acuity = 3,
            ChiefComplaints = ["Palpitations", "Racing heart and lightheadedness"],
            HpiOpenings =
            [
                "presents with palpitations and lightheadedness that began abruptly several hours ago while at rest.",
                "presents with a racing, irregular heartbeat since last night associated with mild dyspnea on exertion.",
            ],
            HpiDetails =
            [
                "No prior history of arrhythmia.",
                "Drinks 1-2 cups of coffee daily; no energy drinks.",
                "Had a similar brief episode last month that resolved on its own.",
            ],
            RosPositives = ["palpitations", "lightheadedness", "fatigue"],
            PertinentNegatives = ["chest pain", "syncope", "focal weakness", "fever"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 128, HeartRateMax = 156, RespiratoryRateMin = 16, RespiratoryRateMax = 20 },
            Exam =
            [
                "Cardiovascular: Irregularly irregular rhythm, tachycardic, no murmurs.",
                "Neck: No JVD.",
            ],
            Results =
            [
                "ECG: Atrial fibrillation with rapid ventricular response, rate 142, no acute ST changes.",
                "Troponin negative x 2. TSH 1.8. BMP and magnesium within normal limits.",
                "CXR: No acute cardiopulmonary process.",
            ],
            Plan =
            [
                "Diltiazem 15 mg IV x 1, then diltiazem 30 mg PO with heart rate controlled to the 90s.",
                "CHA2DS2-VASc score at least 2; apixaban 5 mg PO BID started after shared decision-making.",
                "Diltiazem ER 120 mg PO daily.",
                "Outpatient transthoracic echocardiogram and cardiology follow-up within 1 week.",
            ],
            InpatientPlan =
            [
                "Admit to telemetry.",
                "Diltiazem infusion titrated to HR < 110, transition to metoprolol succinate 50 mg PO daily.",
                "Apixaban 5 mg PO BID for stroke prevention.",
                "Transthoracic echocardiogram; cardiology consult.",
            ],
            HospitalCourse = "Rate controlled on IV diltiazem, then transitioned to oral metoprolol. {He} spontaneously converted to normal sinus rhythm on hospital day 2. TTE showed EF 60% with no significant valvular disease. Apixaban was started for stroke prevention. Remained in sinus rhythm on telemetry and was discharged on hospital day {los}.",
            DischargeMedications = ["metoprolol succinate 50 mg PO daily", "apixaban 5 mg PO BID"],
            TherapeuticAnticoagulation = true,
            Charges =
            [
                C("93010"), C("84484", 2), C("80048"), C("83735"), C("84443"), C("71045"),
                C("J1163", 30), C("96374"),
                C("93306").In(Inpatient), C("85025").In(Inpatient),
            ],
        };

        yield return new("Heart failure", "Acute on chronic systolic (congestive) heart failure", "I50.23")
        {
            Settings = [Inpatient],
            MinAge = 55,
            Acuity = 3,
            ChiefComplaints = ["Shortness of breath and leg swelling", "Worsening SOB"],
            HpiOpenings =
            [
                "presents with {days} days of worsening dyspnea on exertion, 3-pillow orthopnea, and an 8 lb weight gain after running out of {his} furosemide.",
                "presents with {days} days of progressive SOB, paroxysmal nocturnal dyspnea, and increasing bilateral leg swelling.",
            ],
            HpiDetails =
            [
                "Admits to a high-sodium diet over the past week.",
                "Baseline able to walk two blocks; now short of breath after a few steps.",
                "Last echo 6 months ago showed EF 30%.",
            ],
            HistoryItems = ["chronic systolic CHF (EF 30%)"],
            HomeMedications = ["carvedilol 12.5 mg PO BID", "sacubitril-valsartan 49/51 mg PO BID", "furosemide 40 mg PO daily"],
            RosPositives = ["dyspnea on exertion", "orthopnea", "leg swelling", "weight gain"],
            PertinentNegatives = ["chest pain", "fever", "palpitations", "syncope"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 92, HeartRateMax = 110, SystolicMin = 124, SystolicMax = 148, RespiratoryRateMin = 22, RespiratoryRateMax = 26, SpO2Min = 89, SpO2Max = 93 },
            Exam =
            [
                "Neck: JVD to the angle of the jaw.",
                "Cardiovascular: Regular, tachycardic, S3 present.",
                "Lungs: Bibasilar crackles.",
                "Extremities: 2+ pitting edema bilaterally to the knees.",
            ],
            Results =
            [
                "BNP 1,480 pg/mL. Troponin flat at 0.03 ng/mL x 2.",
                "CXR: Pulmonary vascular congestion with interstitial edema.",
                "ECG: Sinus rhythm, no acute ST changes.",
            ],
            Plan =
            [
                "Furosemide 40 mg IV BID, goal net negative 1-2 L/day.",
                "Strict I/O, daily weights, 2 g sodium and 1.5 L fluid restriction.",
                "Continue carvedilol and sacubitril-valsartan; BMP and potassium daily.",
                "Cardiology consult.",
            ],
            HospitalCourse = "Diuresed with IV furosemide with net negative 4.2 L and weight down 3.5 kg over {los} days. Orthopnea resolved and oxygen was weaned to room air. Renal function remained stable. Transitioned to oral furosemide at an increased dose with heart failure education provided.",
            DischargeMedications = ["furosemide 40 mg PO BID (increased from daily)"],
            Charges = [C("71045"), C("83880"), C("84484", 2), C("80048"), C("93010"), C("93306"), C("J1938", 80), C("96374")],
            // Hypertension with heart failure is coded I11.0 (presumed causal link), so HTN is never added here.
            ExcludedComorbidityCodes = ["I10"],
        };

        yield return new("Pulmonary embolism", "Acute pulmonary embolism without acute cor pulmonale", "I26.99")
        {
            Settings = [Inpatient],
            MinAge = 30,
            MaxAge = 85,
            Acuity = 3,
            ChiefComplaints = ["Chest pain and shortness of breath", "Pleuritic chest pain"],
            HpiOpenings =
            [
                "presents with {days} days of pleuritic chest pain and SOB that began after a 10-hour car trip.",
                "presents with sudden-onset SOB and sharp chest pain with deep breaths for {days} days, returning from an overseas flight.",
            ],
            HpiDetails =
            [
                "No known history of clotting disorder.",
                "No recent surgery or immobilization other than travel.",
                "No personal history of blood clots.",
            ],
            RosPositives = ["dyspnea", "pleuritic chest pain"],
            PertinentNegatives = ["hemoptysis", "fever", "syncope", "cough"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 102, HeartRateMax = 120, RespiratoryRateMin = 20, RespiratoryRateMax = 26, SpO2Min = 90, SpO2Max = 94 },
            Exam =
            [
                "Lungs: Clear bilaterally, mildly tachypneic.",
                "Extremities: No calf tenderness or unilateral edema.",
            ],
            Results =
            [
                "CTA chest: Acute segmental pulmonary emboli in the right lower lobe. RV/LV ratio < 1, no right heart strain.",
                "Troponin and BNP within normal limits. Wells score 6.",
                "Bilateral lower extremity venous duplex: No DVT.",
            ],
            Plan =
            [
                "Heparin infusion per weight-based protocol; transition to apixaban 10 mg PO BID x 7 days, then 5 mg BID.",
                "Telemetry; monitor for hemodynamic changes.",
                "Ambulate as tolerated; acetaminophen PRN pleuritic pain.",
            ],
            HospitalCourse = "Started on heparin infusion and transitioned to apixaban on hospital day 2. Remained hemodynamically stable with improving pleuritic pain and SpO2 95% on room air at rest and with ambulation. Discharged on hospital day {los} with a plan for at least 3 months of anticoagulation.",
            DischargeMedications = ["apixaban 10 mg PO BID x 7 days, then 5 mg PO BID"],
            TherapeuticAnticoagulation = true,
            Charges = [C("71275"), C("93970"), C("84484"), C("83880"), C("85025"), C("80048"), C("85610"), C("85730"), C("J1644", 30), C("96365"), C("96366", 2)],
        };

        yield return new("Syncope", "Syncope and collapse, likely vasovagal", "R55")
        {
            Settings = [Emergency],
            ChiefComplaints = ["Passed out", "Fainting episode"],
            HpiOpenings =
            [
                "presents after a brief loss of consciousness while standing in line at the grocery store, preceded by warmth, nausea, and tunnel vision.",
                "presents after fainting during a blood draw at an outside lab, preceded by lightheadedness and sweating.",
            ],
            HpiDetails =
            [
                "Witnesses report loss of consciousness for less than 30 seconds with rapid return to baseline.",
                "No tongue biting, incontinence, or post-event confusion.",
                "Had skipped breakfast.",
            ],
            RosPositives = ["lightheadedness", "nausea before the event"],
            PertinentNegatives = ["chest pain", "palpitations", "headache", "focal weakness", "exertional symptoms"],
            Exam =
            [
                "HEENT: No tongue laceration. No signs of head trauma.",
                "Neuro: Alert and oriented x3, no focal deficits, normal gait.",
            ],
            Results =
            [
                "ECG: Normal sinus rhythm, normal intervals, no pre-excitation or Brugada pattern.",
                "CBC, BMP, and troponin within normal limits. Orthostatic vital signs negative.",
            ],
            Plan =
            [
                "Likely vasovagal given prodrome and trigger; low risk by Canadian Syncope Risk Score.",
                "Hydration, avoid prolonged standing, sit or lie down with prodromal symptoms.",
                "PCP follow-up in 1 week; return for exertional syncope, chest pain, or palpitations.",
            ],
            Charges = [C("93010"), C("85025"), C("80048"), C("84484")],
        };

        yield return new("Chest pain", "Chest pain, unspecified", "R07.9")
        {
            Settings = [Emergency],
            MinAge = 30,
            MaxAge = 80,
            Acuity = 3,
            ChiefComplaints = ["Chest pain", "Chest pressure"],
            HpiOpenings =
            [
                "presents with 2 hours of intermittent substernal chest pressure at rest, nonradiating, lasting several minutes at a time.",
                "presents with a dull central chest discomfort that started at rest a few hours before arrival and has since eased.",
            ],
            HpiDetails =
            [
                "No exertional component.",
                "Pain is not reproducible with palpation.",
                "Similar episode last month that resolved spontaneously.",
            ],
            RosPositives = ["chest pressure"],
            PertinentNegatives = ["SOB", "diaphoresis", "nausea", "palpitations", "leg swelling"],
            Results =
            [
                "ECG: Normal sinus rhythm without ischemic changes.",
                "High-sensitivity troponin 4 ng/L at 0 and 3 hours. D-dimer negative.",
                "CXR: No acute cardiopulmonary process.",
            ],
            Plan =
            [
                "HEART score 3, low risk; serial troponins negative.",
                "Aspirin 324 mg PO given in the ED.",
                "Outpatient stress test within 72 hours and cardiology referral.",
                "Return immediately for recurrent or exertional chest pain.",
            ],
            Charges = [C("93010", 2), C("84484", 2), C("71046"), C("85025"), C("80048"), C("85379")],
        };
    }
}
