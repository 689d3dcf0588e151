using static MedCoder.SyntheticEncounters.DemoSettings;

namespace MedCoder.SyntheticEncounters;

public static partial class DemoConditions
{
    private static IEnumerable<DemoCondition> DigestiveAndRenal()
    {
        yield return new("Acute appendicitis", "Acute appendicitis without perforation or gangrene", "K35.890")
        {
            Settings = [Inpatient],
            MinAge = 12,
            MaxAge = 60,
            Acuity = 3,
            ChiefComplaints = ["Abdominal pain", "Right lower quadrant pain"],
            HpiOpenings =
            [
                "presents with 24 hours of periumbilical pain that migrated to the right lower quadrant, with anorexia and nausea.",
                "presents with right lower quadrant abdominal pain since last night, worse with walking, with one episode of nonbloody emesis.",
            ],
            HpiDetails =
            [
                "Pain worse with movement and coughing.",
                "Last bowel movement yesterday, normal.",
                "No prior abdominal surgery.",
            ],
            RosPositives = ["abdominal pain", "anorexia", "nausea"],
            PertinentNegatives = ["diarrhea", "dysuria", "hematuria", "chest pain"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.8m, TempMaxC = 38.4m, HeartRateMin = 92, HeartRateMax = 108 },
            Exam = ["Abdomen: Tenderness at McBurney's point with voluntary guarding. Positive Rovsing sign. No rebound. Nondistended."],
            Results =
            [
                "WBC 14.2 with neutrophil predominance. CMP within normal limits. Urinalysis negative.",
                "CT abdomen/pelvis with contrast: Dilated, thick-walled appendix measuring 11 mm with periappendiceal fat stranding. No abscess or free air.",
            ],
            Plan =
            [
                "NPO, IV fluids, piperacillin-tazobactam 3.375 g IV q6h.",
                "General surgery: laparoscopic appendectomy today; consent obtained.",
                "Morphine 4 mg IV q4h PRN pain; ondansetron 4 mg IV q6h PRN nausea.",
            ],
            Procedure = "Laparoscopic appendectomy",
            Operation = new(
                Findings: "Acutely inflamed, non-perforated appendix without gangrene. No abscess. Minimal clear free fluid in the pelvis.",
                Technique: "The appendix was identified and elevated, the mesoappendix was divided with an energy device, and the base was transected with an endoscopic stapler. The staple line was hemostatic. The specimen was removed in a retrieval bag.",
                Specimen: "Appendix"),
            HospitalCourse = "Underwent uncomplicated laparoscopic appendectomy on the day of admission. Pathology confirmed acute appendicitis. Postoperatively, diet was advanced, pain was controlled with oral analgesics, and {he} ambulated independently. Discharged on hospital day {los}.",
            DischargeMedications = ["acetaminophen 650 mg PO q6h PRN pain", "oxycodone 5 mg PO q6h PRN severe pain x 3 days"],
            Charges = [C("44970", kind: ChargeKind.MajorSurgery), C("74177"), C("85025"), C("80053"), C("81003"), C("J2543", 9), C("J2270", 2), C("J2405", 8)],
        };

        yield return new("Acute calculous cholecystitis", "Calculus of gallbladder with acute cholecystitis without obstruction", "K80.00")
        {
            Settings = [Inpatient],
            MinAge = 30,
            MaxAge = 80,
            Acuity = 3,
            ChiefComplaints = ["Right upper quadrant pain", "Abdominal pain with nausea"],
            HpiOpenings =
            [
                "presents with {days} days of constant right upper quadrant pain radiating to the right shoulder after a fatty meal, with nausea and subjective fevers.",
                "presents with RUQ pain for {days} days that has not resolved like {his} prior shorter episodes after meals.",
            ],
            HpiDetails =
            [
                "Two similar but self-limited episodes over the past year.",
                "Vomited twice; unable to tolerate solids.",
                "No prior abdominal surgery.",
            ],
            RosPositives = ["abdominal pain", "nausea", "vomiting", "chills"],
            PertinentNegatives = ["jaundice", "dark urine", "diarrhea", "chest pain"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.7m, TempMaxC = 38.5m, HeartRateMin = 88, HeartRateMax = 106 },
            Exam = ["Abdomen: RUQ tenderness with positive Murphy sign. No rebound. Nondistended.", "Skin: No jaundice."],
            Results =
            [
                "RUQ ultrasound: Multiple gallstones, gallbladder wall thickening to 5 mm, pericholecystic fluid, positive sonographic Murphy sign. CBD 4 mm.",
                "WBC 13.1. Total bilirubin 0.9, alkaline phosphatase 98, lipase normal.",
            ],
            Plan =
            [
                "NPO, IV fluids, ceftriaxone 2 g IV daily plus metronidazole 500 mg IV q8h.",
                "General surgery: laparoscopic cholecystectomy.",
                "Ondansetron PRN nausea; analgesia PRN.",
            ],
            Procedure = "Laparoscopic cholecystectomy",
            Operation = new(
                Findings: "Distended, inflamed gallbladder containing multiple stones. Common bile duct not dilated.",
                Technique: "The gallbladder fundus was retracted cephalad and the hepatocystic triangle was dissected until the critical view of safety was obtained. The cystic duct and cystic artery were clipped and divided, and the gallbladder was removed from the liver bed with electrocautery and extracted in a retrieval bag.",
                Specimen: "Gallbladder with stones",
                HospitalDay: 1),
            HospitalCourse = "Underwent laparoscopic cholecystectomy on hospital day 1 without complication. Diet was advanced, pain was controlled, and liver tests remained normal. Discharged on hospital day {los}.",
            DischargeMedications = ["acetaminophen 650 mg PO q6h PRN pain", "oxycodone 5 mg PO q6h PRN severe pain x 3 days"],
            Charges = [C("47562", kind: ChargeKind.MajorSurgery), C("76705"), C("85025"), C("80053"), C("83690"), C("J0696", 8), C("J2405", 4)],
        };

        yield return new("Diverticulitis", "Diverticulitis of large intestine (sigmoid) without perforation or abscess without bleeding", "K57.32")
        {
            Settings = [Inpatient, Emergency],
            MinAge = 40,
            MaxAge = 85,
            ChiefComplaints = ["Left lower quadrant abdominal pain", "Abdominal pain"],
            HpiOpenings =
            [
                "presents with {days} days of left lower quadrant abdominal pain, low-grade fevers, and decreased appetite.",
                "presents with {days} days of constant LLQ pain and a change in bowel habits.",
            ],
            HpiDetails =
            [
                "Colonoscopy 3 years ago showed sigmoid diverticulosis.",
                "Tolerating liquids.",
                "No prior episodes requiring hospitalization.",
            ],
            RosPositives = ["abdominal pain", "low-grade fever", "decreased appetite"],
            PertinentNegatives = ["hematochezia", "vomiting", "dysuria", "pneumaturia"],
            Vitals = VitalsProfile.Normal with { TempMinC = 37.6m, TempMaxC = 38.3m, HeartRateMin = 84, HeartRateMax = 102 },
            Exam = ["Abdomen: LLQ tenderness with mild voluntary guarding, no rebound, no palpable mass."],
            Results =
            [
                "CT abdomen/pelvis with contrast: Sigmoid diverticulitis with pericolic fat stranding. No abscess, perforation, or free air.",
                "WBC 12.6. Lactate normal. CMP within normal limits.",
            ],
            Plan =
            [
                "Amoxicillin-clavulanate 875/125 mg PO BID x 7 days.",
                "Clear liquid diet, advance as tolerated; acetaminophen PRN pain.",
                "Colonoscopy 6-8 weeks after resolution; return for worsening pain, fever, or vomiting.",
            ],
            InpatientPlan =
            [
                "Bowel rest, IV fluids, ceftriaxone 1 g IV daily plus metronidazole 500 mg IV q8h.",
                "Pain control; advance diet as tolerated.",
                "Serial abdominal exams and daily CBC.",
            ],
            HospitalCourse = "Treated with IV antibiotics and bowel rest with steady improvement in pain and normalization of WBC. Diet was advanced to low-residue on hospital day 2. Transitioned to oral amoxicillin-clavulanate and discharged on hospital day {los}.",
            DischargeMedications = ["amoxicillin-clavulanate 875/125 mg PO BID to complete 10 days"],
            Charges =
            [
                C("74177"), C("85025"), C("80053"), C("83605"),
                C("J0696", 4).In(Inpatient), C("96365").In(Inpatient),
                C("J2405", 4).In(Emergency), C("96374", modifier: "XU").In(Emergency), // the antiemetic push, distinct from the CT's contrast injection
            ],
        };

        yield return new("Viral gastroenteritis", "Acute viral gastroenteritis (viral intestinal infection)", "A08.4")
        {
            Settings = [Emergency, Office],
            MinAge = 2,
            MaxAge = 80,
            Acuity = 1,
            ChiefComplaints = ["Vomiting and diarrhea", "Nausea and diarrhea"],
            HpiOpenings =
            [
                "presents with {days} days of nonbloody watery diarrhea, nausea, and several episodes of vomiting; multiple household contacts have similar symptoms.",
                "presents with {days} days of crampy abdominal pain, vomiting, and loose stools after a family gathering where others became ill.",
            ],
            HpiDetails =
            [
                "Able to keep down small sips of fluids.",
                "Urinating normally.",
                "No recent antibiotic use or travel.",
            ],
            RosPositives = ["nausea", "vomiting", "diarrhea", "abdominal cramping"],
            PertinentNegatives = ["blood in stool", "high fever", "severe abdominal pain", "recent travel"],
            Exam = ["Abdomen: Soft, mild diffuse tenderness without guarding or rebound, hyperactive bowel sounds."],
            Results = ["BMP: Na 137, K 3.6, bicarbonate 22, creatinine at baseline."],
            Plan =
            [
                "Ondansetron 4 mg ODT q8h PRN nausea (weight-based for children).",
                "Oral rehydration with small frequent sips; advance diet as tolerated.",
                "Return for bloody stools, inability to keep fluids down, or decreased urination.",
            ],
            EmergencyPlan =
            [
                "Ondansetron 4 mg IV and 1 L normal saline with resolution of nausea; passed oral challenge.",
                "Ondansetron 4 mg ODT q8h PRN nausea.",
                "Oral rehydration; advance diet as tolerated.",
                "Return for bloody stools, inability to keep fluids down, or decreased urination.",
            ],
            Charges = [C("80048").In(Emergency), C("J2405", 4).In(Emergency), C("96374").In(Emergency), C("96361").In(Emergency), C("J7030").In(Emergency)],
        };

        yield return new("Gastroesophageal reflux disease", "Gastro-esophageal reflux disease without esophagitis", "K21.9")
        {
            Settings = [Office],
            MinAge = 25,
            MaxAge = 80,
            ChiefComplaints = ["Heartburn", "Burning in the chest after meals"],
            HpiOpenings =
            [
                "presents with 3 months of burning retrosternal discomfort after meals and at night, with a sour taste in the mouth, partially relieved by antacids.",
                "presents with frequent heartburn and regurgitation, 4-5 times per week for several months, worse after large meals and lying down.",
            ],
            HpiDetails =
            [
                "Drinks 3 cups of coffee daily.",
                "Often eats dinner late in the evening.",
                "Using calcium carbonate tablets several times a week.",
            ],
            RosPositives = ["heartburn", "regurgitation"],
            PertinentNegatives = ["dysphagia", "weight loss", "melena", "hematemesis", "chest pain with exertion"],
            Exam = ["Abdomen: Soft, mild epigastric tenderness, no masses or organomegaly."],
            Results = ["H. pylori stool antigen pending."],
            Plan =
            [
                "Omeprazole 20 mg PO daily 30 minutes before breakfast x 8 weeks.",
                "Elevate head of bed, avoid meals within 3 hours of bedtime, limit caffeine and alcohol.",
                "EGD if alarm symptoms develop or no response to PPI; follow-up in 8 weeks.",
            ],
            Charges = [C("87338")],
        };

        yield return new("Acute kidney injury", "Acute kidney failure (acute kidney injury)", "N17.9")
        {
            Settings = [Inpatient],
            MinAge = 50,
            Acuity = 3,
            ChiefComplaints = ["Abnormal labs", "Weakness and poor oral intake"],
            HpiOpenings =
            [
                "was referred from clinic after routine labs showed a creatinine of 2.9 (baseline 1.0); reports {days} days of poor oral intake and fatigue after a diarrheal illness that has since resolved.",
                "presents with {days} days of generalized weakness, poor appetite, and reduced urine output; outpatient labs showed a creatinine of 2.7 (baseline 0.9).",
            ],
            HpiDetails =
            [
                "Drinking less than usual because of nausea.",
                "No recent contrast studies.",
                "No NSAID use.",
            ],
            RosPositives = ["fatigue", "poor appetite", "lightheadedness"],
            PertinentNegatives = ["dysuria", "hematuria", "flank pain", "leg swelling"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 88, HeartRateMax = 104, SystolicMin = 100, SystolicMax = 118, DiastolicMin = 58, DiastolicMax = 72 },
            Exam = ["HEENT: Dry mucous membranes.", "Extremities: No edema."],
            Results =
            [
                "BMP: BUN 48, creatinine 2.9 (baseline 1.0), potassium 4.8, bicarbonate 20.",
                "Urinalysis: Bland sediment, specific gravity 1.025. FENa 0.6%.",
                "Renal ultrasound: Normal-sized kidneys without hydronephrosis.",
            ],
            Plan =
            [
                "IV normal saline at 125 mL/h with reassessment of volume status every shift.",
                "Hold nephrotoxins; renally dose medications.",
                "Strict I/O and daily BMP.",
            ],
            HospitalCourse = "Treated with IV fluids with creatinine improving to 1.3 by discharge on hospital day {los}. Urine output remained adequate. Nephrotoxic medications were avoided. Repeat BMP arranged with PCP in 1 week.",
            Charges = [C("80048"), C("81001"), C("82570"), C("84300"), C("76770"), C("J7030", 3)],
        };

        yield return new("Kidney stone", "Calculus of kidney (left nephrolithiasis)", "N20.0")
        {
            Settings = [Emergency],
            MinAge = 20,
            MaxAge = 70,
            Acuity = 3,
            ChiefComplaints = ["Left flank pain", "Flank pain with nausea"],
            HpiOpenings =
            [
                "presents with sudden-onset severe left flank pain that comes in waves, with nausea.",
                "presents with 6 hours of colicky left flank pain and one episode of emesis.",
            ],
            HpiDetails =
            [
                "Unable to find a comfortable position.",
                "Had a kidney stone 5 years ago that passed spontaneously.",
                "Drinks little water during the workday.",
            ],
            RosPositives = ["flank pain", "nausea"],
            PertinentNegatives = ["fever", "dysuria", "gross hematuria", "testicular or pelvic pain"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 90, HeartRateMax = 108, SystolicMin = 132, SystolicMax = 150 },
            Exam =
            [
                "General: Uncomfortable, shifting position on the stretcher.",
                "Abdomen: Soft, nontender, no guarding.",
                "Back: Left CVA tenderness.",
            ],
            Results =
            [
                "UA: Moderate blood, no leukocyte esterase or nitrites.",
                "CT abdomen/pelvis without contrast: 4 mm nonobstructing calculus in the lower pole of the left kidney. No ureteral calculus or hydronephrosis.",
                "BMP: Creatinine 0.9.",
            ],
            Plan =
            [
                "Ketorolac 15 mg IV and ondansetron 4 mg IV with good relief.",
                "Ibuprofen 600 mg PO q6h PRN pain; oral hydration > 2.5 L/day; strain urine.",
                "Urology follow-up in 1-2 weeks; return for fever or intractable pain or vomiting.",
            ],
            Charges = [C("74176"), C("81001"), C("80048"), C("J1885"), C("J2405", 4), C("96374"), C("96375")],
        };

        yield return new("Urinary tract infection", "Acute cystitis without hematuria", "N30.00")
        {
            Settings = [Office, Emergency],
            Sex = DemoSex.Female,
            MaxAge = 75,
            Acuity = 1,
            ChiefComplaints = ["Painful urination", "Urinary frequency and burning"],
            HpiOpenings =
            [
                "presents with {days} days of dysuria, urinary frequency, and urgency.",
                "presents with burning on urination and needing to urinate every hour for {days} days.",
            ],
            HpiDetails =
            [
                "Had a similar infection 2 years ago.",
                "Drinking plenty of fluids.",
                "No recent antibiotic use.",
            ],
            RosPositives = ["dysuria", "urinary frequency", "urgency", "suprapubic discomfort"],
            PertinentNegatives = ["fever", "flank pain", "vaginal discharge", "visible blood in the urine"],
            Exam = ["Abdomen: Mild suprapubic tenderness. No CVA tenderness."],
            Results = ["UA: Positive leukocyte esterase and nitrites, > 50 WBC/hpf, 0-2 RBC/hpf. Urine culture sent."],
            Plan =
            [
                "Nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days.",
                "Phenazopyridine 200 mg PO TID x 2 days PRN.",
                "Will follow urine culture and adjust antibiotics as needed; return for fever, flank pain, or vomiting.",
            ],
            Charges = [C("81001"), C("87086")],
        };

        yield return new("Dehydration", "Dehydration", "E86.0")
        {
            Settings = [Emergency],
            MinAge = 65,
            MaxAge = 92,
            ChiefComplaints = ["Weakness", "Lightheadedness"],
            HpiOpenings =
            [
                "presents with {days} days of decreased oral intake, generalized weakness, and lightheadedness on standing during a stretch of hot weather.",
                "is brought in by family for {days} days of fatigue and poor fluid intake after {his} air conditioner broke.",
            ],
            HpiDetails =
            [
                "Lives alone; family found {him} fatigued but conversant.",
                "No vomiting or diarrhea.",
                "Urinating less than usual.",
            ],
            RosPositives = ["fatigue", "lightheadedness", "thirst"],
            PertinentNegatives = ["chest pain", "fever", "dysuria", "focal weakness", "falls"],
            Vitals = VitalsProfile.Normal with { HeartRateMin = 98, HeartRateMax = 112, SystolicMin = 98, SystolicMax = 112, DiastolicMin = 56, DiastolicMax = 68 },
            Exam = ["HEENT: Dry mucous membranes.", "Skin: Decreased skin turgor, no rashes."],
            Results =
            [
                "BMP: BUN 34, creatinine 1.1 (baseline 1.0), sodium 144.",
                "UA: Specific gravity 1.030, otherwise negative. ECG: Sinus rhythm, no ischemic changes.",
            ],
            Plan =
            [
                "Normal saline 1 L IV bolus x 2 with improvement in heart rate and symptoms.",
                "Tolerating PO and ambulating at baseline before discharge.",
                "Oral fluid intake of at least 2 L/day; home health referral; PCP follow-up in 2-3 days.",
            ],
            Charges = [C("96360"), C("96361"), C("J7030", 2), C("80048"), C("81003"), C("93010"), C("85025")],
        };

        yield return new("Epididymitis", "Acute left epididymitis", "N45.1")
        {
            Settings = [Emergency, Office],
            Sex = DemoSex.Male,
            MaxAge = 45,
            ChiefComplaints = ["Left scrotal pain", "Testicular pain and swelling"],
            HpiOpenings =
            [
                "presents with {days} days of gradually worsening left scrotal pain and swelling with dysuria.",
                "presents with left testicular ache and swelling that developed over {days} days.",
            ],
            HpiDetails =
            [
                "Pain improves somewhat with scrotal support.",
                "No heavy lifting or injury.",
                "No prior episodes.",
            ],
            RosPositives = ["scrotal pain", "scrotal swelling", "dysuria"],
            PertinentNegatives = ["trauma", "nausea or vomiting", "fever", "urethral discharge", "sudden onset of pain"],
            Exam = ["GU: Tender, swollen left epididymis. Testis with normal lie and positive cremasteric reflex. No inguinal hernia."],
            Results =
            [
                "Scrotal ultrasound with Doppler: Enlarged, hyperemic left epididymis with normal testicular flow. No torsion or abscess.",
                "UA: Positive leukocyte esterase, 10-20 WBC/hpf. Gonorrhea and chlamydia NAAT pending.",
            ],
            Plan =
            [
                "Ceftriaxone 500 mg IM x 1 and doxycycline 100 mg PO BID x 10 days.",
                "Scrotal elevation, ice, and ibuprofen PRN.",
                "Will call with NAAT results; partner treatment if positive; follow-up in 3 days.",
            ],
            Charges = [C("76870"), C("81001"), C("87491"), C("87591"), C("J0696", 2), C("96372")],
        };
    }
}
