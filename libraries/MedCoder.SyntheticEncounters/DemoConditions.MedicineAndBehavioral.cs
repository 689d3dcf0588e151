using static MedCoder.SyntheticEncounters.DemoSettings;

namespace MedCoder.SyntheticEncounters;

public static partial class DemoConditions
{
    private static IEnumerable<DemoCondition> MedicineAndBehavioral()
    {
        yield return new("Cellulitis of left leg", "Cellulitis of left lower limb", "L03.116")
        {
            Settings = [Inpatient, Emergency, Office],
            MinAge = 25,
            MaxAge = 85,
            ChiefComplaints = ["Left leg redness and swelling", "Red painful left leg"],
            HpiOpenings =
            [
                "presents with {days} days of spreading redness, warmth, and pain of the left lower leg after a minor scrape while gardening.",
                "presents with {days} days of a red, swollen, tender area on the left shin that has been enlarging despite warm compresses.",
            ],
            HpiDetails =
            [
                "Marked the border with a pen yesterday and the redness has spread beyond it.",
                "Subjective chills last night.",
                "No prior skin infections.",
            ],
            RosPositives = ["leg redness", "leg swelling", "chills"],
            PertinentNegatives = ["purulent drainage", "recent travel", "chest pain", "SOB"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.5m, TempMaxC = 38.4m, HeartRateMin = 86, HeartRateMax = 104 },
            Exam =
            [
                "Skin: Well-demarcated erythema, warmth, and tenderness over the left anterior shin, about 12 x 8 cm; borders marked. No fluctuance, crepitus, or bullae.",
                "Extremities: Mild left lower leg edema; distal pulses 2+ bilaterally.",
            ],
            Results = ["WBC 12.4. Lactate 1.1. Bedside ultrasound: No drainable fluid collection."],
            Plan =
            [
                "Cephalexin 500 mg PO QID x 7 days.",
                "Elevate the leg; monitor the marked borders for spread.",
                "Recheck in 48 hours; return for fever, rapid spread, or severe pain.",
            ],
            EmergencyPlan =
            [
                "Cefazolin 2 g IV x 1 given in the ED.",
                "Cephalexin 500 mg PO QID x 7 days.",
                "Elevate the leg; monitor the marked borders for spread.",
                "PCP recheck in 48 hours; return for fever, rapid spread, or severe pain.",
            ],
            InpatientPlan =
            [
                "Cefazolin 2 g IV q8h.",
                "Elevate the extremity; borders marked.",
                "Blood cultures pending; follow up.",
                "Transition to oral cephalexin once erythema is receding and afebrile for 24 hours.",
            ],
            HospitalCourse = "Started on IV cefazolin with leg elevation. Erythema receded within the marked borders by hospital day 2 and fevers resolved. Blood cultures remained negative. Transitioned to oral cephalexin and discharged on hospital day {los} to complete 7 days of therapy.",
            DischargeMedications = ["cephalexin 500 mg PO QID to complete 7 days"],
            Charges =
            [
                C("85025").In(Inpatient, Emergency), C("83605").In(Inpatient, Emergency), C("80048").In(Inpatient),
                C("87040", 2).In(Inpatient),
                C("J0690", 4).In(Inpatient, Emergency), C("96365").In(Inpatient, Emergency),
            ],
            ExcludedComorbidityCodes = ["E11.9"],
        };

        yield return new("Type 2 diabetes with hyperglycemia", "Type 2 diabetes mellitus with hyperglycemia", "E11.65")
        {
            Settings = [Office, Outpatient],
            MinAge = 35,
            MaxAge = 80,
            ChiefComplaints = ["Diabetes follow-up", "High blood sugars"],
            HpiOpenings =
            [
                "presents for diabetes follow-up; reports increased thirst and urination over the past month with fasting home glucose readings of 180-250.",
                "presents for follow-up of DM2 with home glucose readings consistently above 200 over the past 6 weeks.",
            ],
            HpiDetails =
            [
                "Admits to an inconsistent diet in recent months.",
                "Taking metformin as prescribed.",
                "Last dilated eye exam 8 months ago without retinopathy.",
            ],
            HistoryItems = ["DM2 (diagnosed 6 years ago)"],
            HomeMedications = ["metformin 1000 mg PO BID"],
            RosPositives = ["polyuria", "polydipsia", "fatigue"],
            PertinentNegatives = ["vision changes", "foot numbness or sores", "chest pain", "hypoglycemic episodes"],
            Exam = ["Feet: Monofilament sensation intact bilaterally. Dorsalis pedis pulses 2+. No ulcers or calluses."],
            Results =
            [
                "Hemoglobin A1c 9.4% (previously 7.6%).",
                "BMP: glucose 238, creatinine 0.8. Urine albumin-to-creatinine ratio 12 mg/g.",
            ],
            Plan =
            [
                "Add empagliflozin 10 mg PO daily; continue metformin 1000 mg PO BID.",
                "Diabetes self-management education and dietitian referral.",
                "Recheck A1c in 3 months; goal < 7%.",
            ],
            Charges = [C("83036"), C("80048"), C("82043"), C("82570")],
            ExcludedComorbidityCodes = ["E11.9"],
        };

        yield return new("Hypothyroidism", "Hypothyroidism", "E03.9")
        {
            Settings = [Office],
            MinAge = 25,
            MaxAge = 85,
            ChiefComplaints = ["Fatigue", "Tired all the time"],
            HpiOpenings =
            [
                "presents with 3 months of fatigue, cold intolerance, constipation, and a 4 kg weight gain.",
                "presents for follow-up of an elevated TSH found on screening labs, with several months of fatigue and dry skin.",
            ],
            HpiDetails =
            [
                "Sleeping 9 hours a night but still tired.",
                "No prior thyroid disease or neck radiation.",
                "Not taking biotin or other supplements.",
            ],
            RosPositives = ["fatigue", "cold intolerance", "dry skin"],
            PertinentNegatives = ["palpitations", "neck swelling", "difficulty swallowing", "depressed mood"],
            Exam =
            [
                "Neck: Thyroid normal size without nodules.",
                "Skin: Dry skin.",
                "Neuro: Delayed relaxation phase of deep tendon reflexes.",
            ],
            Results = ["TSH 12.6 mIU/L, free T4 0.6 ng/dL.", "CBC and BMP within normal limits."],
            Plan =
            [
                "Start levothyroxine 50 mcg PO daily on an empty stomach.",
                "Recheck TSH in 6-8 weeks.",
                "Separate levothyroxine from calcium and iron by 4 hours.",
            ],
            Charges = [C("84443"), C("84439")],
        };

        yield return new("Iron deficiency anemia", "Iron deficiency anemia", "D50.9")
        {
            Settings = [Office, Outpatient],
            MinAge = 25,
            MaxAge = 80,
            ChiefComplaints = ["Fatigue", "Low blood count follow-up"],
            HpiOpenings =
            [
                "presents with several months of fatigue, exertional dyspnea, and cravings for ice.",
                "presents for follow-up of a low hemoglobin found on routine labs, with fatigue and reduced exercise tolerance.",
            ],
            HpiDetails =
            [
                "Follows a mostly vegetarian diet.",
                "Could not tolerate oral iron because of GI upset.",
                "Up to date on age-appropriate cancer screening.",
            ],
            RosPositives = ["fatigue", "exertional dyspnea"],
            PertinentNegatives = ["melena", "hematochezia", "hematuria", "weight loss"],
            Exam = ["HEENT: Conjunctival pallor. Oropharynx clear."],
            Results = ["Hemoglobin 9.8 g/dL, MCV 72.", "Ferritin 6 ng/mL, iron saturation 5%."],
            Plan =
            [
                "Ferric carboxymaltose 750 mg IV infusion today given oral iron intolerance; second dose in 7 days.",
                "Repeat CBC and iron studies in 6-8 weeks.",
                "GI referral for evaluation of an occult GI source.",
            ],
            Charges = [C("85025"), C("83540"), C("83550"), C("82728"), C("J1439", 750), C("96365")],
        };

        yield return new("Major depressive disorder", "Major depressive disorder, single episode, moderate", "F32.1")
        {
            Settings = [Office, Outpatient],
            MaxAge = 75,
            ChiefComplaints = ["Low mood", "Feeling down"],
            HpiOpenings =
            [
                "presents with 2 months of depressed mood, anhedonia, poor sleep with early morning awakening, low energy, and difficulty concentrating at work.",
                "presents with about 10 weeks of persistent sadness, loss of interest in hobbies, fatigue, and decreased appetite.",
            ],
            HpiDetails =
            [
                "First episode; no prior psychiatric treatment.",
                "Stressors include a recent job change.",
                "PHQ-9 score 15.",
            ],
            RosPositives = ["depressed mood", "insomnia", "fatigue", "poor concentration"],
            PertinentNegatives = ["suicidal or homicidal ideation", "psychotic symptoms", "manic episodes", "substance use"],
            Exam = ["Psych: Depressed mood, constricted affect, linear and goal-directed thought process, no SI/HI, insight and judgment intact."],
            Results = ["PHQ-9: 15. TSH normal."],
            Plan =
            [
                "Start sertraline 50 mg PO daily; reviewed side effects and the boxed warning.",
                "Referral for cognitive behavioral therapy.",
                "Safety plan reviewed and crisis line information provided.",
                "Follow-up in 4 weeks.",
            ],
            Charges = [C("96127")],
        };

        yield return new("Generalized anxiety disorder", "Generalized anxiety disorder", "F41.1")
        {
            Settings = [Office],
            MaxAge = 70,
            ChiefComplaints = ["Anxiety", "Constant worry"],
            HpiOpenings =
            [
                "presents with 8 months of excessive worry about work and family that is difficult to control, with restlessness, muscle tension, irritability, and trouble falling asleep.",
                "presents with more than 6 months of persistent worry, feeling on edge, and poor sleep that is affecting {his} work.",
            ],
            HpiDetails =
            [
                "GAD-7 score 14.",
                "Limits caffeine to one cup daily.",
                "No prior treatment.",
            ],
            RosPositives = ["worry", "restlessness", "insomnia"],
            PertinentNegatives = ["panic attacks", "suicidal ideation", "substance use", "palpitations"],
            Exam = ["Psych: Anxious mood, congruent affect, fidgety. Thought process linear. No SI/HI."],
            Results = ["GAD-7: 14. TSH normal."],
            Plan =
            [
                "Start escitalopram 10 mg PO daily.",
                "Referral for cognitive behavioral therapy.",
                "Sleep hygiene; limit caffeine and alcohol.",
                "Follow-up in 4-6 weeks.",
            ],
            Charges = [C("96127")],
        };

        yield return new("Migraine", "Migraine without aura, not intractable, without status migrainosus", "G43.009")
        {
            Settings = [Office, Emergency],
            MinAge = 16,
            MaxAge = 60,
            ChiefComplaints = ["Headache", "Migraine"],
            HpiOpenings =
            [
                "presents with a throbbing left-sided headache for the past 6 hours with nausea, photophobia, and phonophobia, similar to {his} typical migraines.",
                "presents with a pulsating bifrontal headache for 8 hours with nausea and light sensitivity, typical of {his} usual migraine pattern.",
            ],
            HpiDetails =
            [
                "Has about two similar headaches per month, usually relieved by sumatriptan.",
                "No visual or sensory aura.",
                "No recent head trauma.",
            ],
            RosPositives = ["headache", "nausea", "photophobia"],
            PertinentNegatives = ["fever", "neck stiffness", "focal weakness", "worst headache of life", "vision loss"],
            Exam =
            [
                "HEENT: Normocephalic, atraumatic. Fundi with sharp discs.",
                "Neuro: Alert and oriented x3, CN II-XII intact, strength and sensation intact, normal gait and coordination. No meningismus.",
            ],
            Plan =
            [
                "Sumatriptan 50 mg PO at onset, may repeat in 2 hours (max 200 mg/day).",
                "Headache diary; limit acute medication to fewer than 10 days per month.",
                "Discuss preventive therapy if attacks increase in frequency.",
            ],
            EmergencyPlan =
            [
                "Metoclopramide 10 mg IV, diphenhydramine 25 mg IV, ketorolac 15 mg IV, and 1 L normal saline with resolution of headache.",
                "Sumatriptan 50 mg PO at onset for future attacks.",
                "PCP follow-up; return for fever, neck stiffness, or neurologic symptoms.",
            ],
            Charges =
            [
                C("J2765").In(Emergency), C("J1200").In(Emergency), C("J1885").In(Emergency), C("J7030").In(Emergency),
                C("96374").In(Emergency), C("96375", 2).In(Emergency), C("96361").In(Emergency),
            ],
        };

        yield return new("Dysmenorrhea", "Primary dysmenorrhea", "N94.4")
        {
            Settings = [Office],
            Sex = DemoSex.Female,
            MinAge = 16,
            MaxAge = 35,
            Acuity = 1,
            ChiefComplaints = ["Painful periods", "Menstrual cramps"],
            HpiOpenings =
            [
                "presents with painful menstrual cramps during the first 2 days of each cycle for the past year, causing {him} to miss work or school.",
                "presents with lower abdominal cramping with each period since menarche, not controlled with over-the-counter ibuprofen.",
            ],
            HpiDetails =
            [
                "Menses regular every 28-30 days, lasting 5 days.",
                "Ibuprofen 200 mg provides minimal relief.",
                "Cramps begin with the onset of bleeding.",
            ],
            RosPositives = ["menstrual cramps"],
            PertinentNegatives = ["heavy bleeding", "bleeding between periods", "pelvic pain between cycles", "vaginal discharge"],
            Exam = ["Abdomen: Soft, nontender, no masses."],
            Results = ["Urine hCG negative."],
            Plan =
            [
                "Naproxen 500 mg PO BID starting 1 day before expected menses for 2-3 days.",
                "Heat therapy and regular aerobic exercise.",
                "Discussed hormonal options if NSAIDs are insufficient; pelvic ultrasound if symptoms persist.",
            ],
            Charges = [C("81025")],
        };
    }
}
