using static MedCoder.SyntheticEncounters.DemoSettings;

namespace MedCoder.SyntheticEncounters;

public static partial class DemoConditions
{
    private static IEnumerable<DemoCondition> Musculoskeletal()
    {
        yield return new("Low back pain", "Acute mechanical low back pain", "M54.50")
        {
            Settings = [Office, Emergency],
            MinAge = 20,
            MaxAge = 75,
            Acuity = 1,
            ChiefComplaints = ["Low back pain", "Back pain after lifting"],
            HpiOpenings =
            [
                "presents with {days} days of low back pain that began after lifting boxes while moving; pain is worse with bending and improves with rest.",
                "presents with {days} days of aching pain across the lower back after yard work, without radiation into the legs.",
            ],
            HpiDetails =
            [
                "Ibuprofen helps somewhat.",
                "Able to walk and work with discomfort.",
                "No prior back surgery.",
            ],
            RosPositives = ["low back pain", "stiffness"],
            PertinentNegatives = ["leg numbness or weakness", "saddle anesthesia", "bowel or bladder incontinence", "fever", "unintentional weight loss"],
            Exam =
            [
                "Back: Bilateral lumbar paraspinal tenderness. No midline spinal tenderness. Straight leg raise negative bilaterally.",
                "Neuro: Strength 5/5 in bilateral lower extremities, sensation intact, patellar and Achilles reflexes 2+ and symmetric.",
            ],
            Plan =
            [
                "No imaging indicated in the absence of red flags.",
                "Ibuprofen 600 mg PO TID with food x 7 days; cyclobenzaprine 5 mg PO at bedtime PRN.",
                "Stay active, apply heat; physical therapy referral if not improved in 2-4 weeks.",
            ],
            EmergencyPlan =
            [
                "No imaging indicated in the absence of red flags.",
                "Ketorolac 60 mg IM given in the ED with improvement.",
                "Ibuprofen 600 mg PO TID with food x 7 days; heat; stay active.",
                "PCP follow-up in 1-2 weeks; return for weakness, numbness, or bowel or bladder changes.",
            ],
            Charges = [C("J1885", 4).In(Emergency), C("96372").In(Emergency)],
        };

        yield return new("Sprain of ankle", "Sprain of ligament of left ankle, initial encounter", "S93.402A")
        {
            Settings = [Emergency, Office],
            MinAge = 12,
            MaxAge = 60,
            Acuity = 1,
            ChiefComplaints = ["Left ankle injury", "Left ankle pain after twisting it"],
            HpiOpenings =
            [
                "presents after inverting {his} left ankle while stepping off a curb earlier today; able to bear weight with pain.",
                "presents after rolling {his} left ankle playing basketball yesterday, with swelling overnight.",
            ],
            HpiDetails =
            [
                "Iced the ankle at home.",
                "No prior injuries to this ankle.",
                "Pain is lateral and worse with walking.",
            ],
            RosPositives = ["ankle pain", "ankle swelling"],
            PertinentNegatives = ["numbness or tingling", "other injuries", "head strike"],
            Exam =
            [
                "Extremities: Left lateral ankle swelling and ecchymosis with tenderness anterior and inferior to the lateral malleolus. No bony tenderness at the posterior edge or tip of either malleolus, base of the fifth metatarsal, or navicular. Neurovascularly intact distally.",
                "Musculoskeletal: Able to bear weight for 4 steps. Anterior drawer with mild laxity and a firm endpoint.",
            ],
            Results = ["Left ankle x-ray (3 views): No fracture or dislocation. Soft tissue swelling laterally."],
            Plan =
            [
                "Rest, ice 20 minutes several times daily, compression, and elevation.",
                "Air-stirrup ankle brace; weight bearing as tolerated.",
                "Ibuprofen 600 mg PO q6h PRN pain.",
                "Follow-up in 1-2 weeks if not improving; home ankle exercises.",
            ],
            Charges = [C("73610", 1, "LT")],
        };

        yield return new("Fracture of distal radius", "Closed fracture of lower end of right radius, initial encounter", "S52.501A")
        {
            Settings = [Emergency],
            Acuity = 3,
            ChiefComplaints = ["Right wrist pain after a fall", "Right wrist injury"],
            HpiOpenings =
            [
                "presents after a fall onto an outstretched right hand after slipping on a wet floor at home.",
                "presents after tripping over a step and landing on {his} outstretched right hand earlier today.",
            ],
            HpiDetails =
            [
                "Immediate pain and swelling of the right wrist.",
                "Right-hand dominant.",
                "No prior wrist injuries.",
            ],
            RosPositives = ["wrist pain", "wrist swelling"],
            PertinentNegatives = ["head strike", "loss of consciousness", "numbness or tingling in the fingers", "other injuries"],
            Exam =
            [
                "Extremities: Right distal forearm swelling and point tenderness over the distal radius without deformity. Skin intact. No anatomic snuffbox tenderness. Radial pulse 2+, capillary refill < 2 seconds.",
                "Neuro: Median, ulnar, and radial nerve sensory and motor function intact in the right hand.",
            ],
            Results = ["Right wrist x-ray (3 views): Nondisplaced fracture of the distal radius without intra-articular extension. Ulna intact."],
            Plan =
            [
                "Volar short arm splint applied; neurovascularly intact after splinting.",
                "Acetaminophen and ibuprofen PRN pain; ice and elevation.",
                "Orthopedics follow-up in 5-7 days; return for increasing pain, numbness, or color change of the fingers.",
            ],
            Procedure = "Right volar short arm splint application",
            ProcedureNote = "Splint applied by the ED physician with the wrist in neutral position. Post-splint neurovascular exam intact.",
            Charges = [C("73110", 1, "RT"), C("29125", 1, "RT", ChargeKind.MinorProcedure)],
        };

        yield return new("Gout", "Idiopathic gout, right ankle and foot (acute flare of the first MTP joint)", "M10.071")
        {
            Settings = [Office, Emergency],
            MinAge = 35,
            MaxAge = 80,
            ChiefComplaints = ["Right big toe pain and swelling", "Painful swollen toe"],
            HpiOpenings =
            [
                "presents with {days} days of exquisite pain, redness, and swelling of the right great toe that woke {him} from sleep.",
                "presents with {days} days of a hot, swollen right big toe; even the bedsheet touching it is painful.",
            ],
            HpiDetails =
            [
                "Had a similar episode two years ago that resolved with NSAIDs.",
                "Ate a large seafood dinner the night before onset.",
                "No injury to the foot.",
            ],
            RosPositives = ["joint pain", "joint swelling"],
            PertinentNegatives = ["fever", "trauma", "skin breaks", "other joint involvement"],
            Exam = ["Extremities: Right first MTP joint erythematous, warm, swollen, and exquisitely tender with limited range of motion. No skin breakdown. No other joint effusions."],
            Results = ["Serum uric acid 8.9 mg/dL. BMP: creatinine 0.9."],
            Plan =
            [
                "Colchicine 1.2 mg PO, then 0.6 mg one hour later, then 0.6 mg daily until the flare resolves.",
                "Ice and elevation; limit alcohol and high-purine foods.",
                "Recheck uric acid 2-4 weeks after the flare; discuss urate-lowering therapy if recurrent.",
            ],
            Charges = [C("84550"), C("80048")],
            ExcludedComorbidityCodes = ["E11.9"],
        };

        yield return new("Osteoarthritis of knee", "Unilateral primary osteoarthritis, right knee", "M17.11")
        {
            Settings = [Office, Outpatient],
            MinAge = 50,
            MaxAge = 85,
            ChiefComplaints = ["Right knee pain", "Chronic knee pain"],
            HpiOpenings =
            [
                "presents with chronic right knee pain over the past 2 years, worse with stairs and prolonged walking, with morning stiffness lasting under 30 minutes.",
                "presents for worsening right knee pain limiting {his} daily walks, with stiffness after sitting.",
            ],
            HpiDetails =
            [
                "Acetaminophen and topical diclofenac give partial relief.",
                "No locking or giving way.",
                "Left knee is asymptomatic.",
            ],
            RosPositives = ["right knee pain", "stiffness"],
            PertinentNegatives = ["fever", "recent trauma", "calf swelling"],
            Exam = ["Extremities: Right knee with crepitus, medial joint line tenderness, and range of motion 5-115 degrees. Ligaments stable. Left knee unremarkable."],
            Results = ["Right knee x-rays (3 views): Medial joint space narrowing with marginal osteophytes and subchondral sclerosis."],
            Plan =
            [
                "Right knee intra-articular corticosteroid injection performed today (see procedure).",
                "Continue topical diclofenac 1% gel QID PRN.",
                "Physical therapy for quadriceps strengthening; low-impact exercise.",
                "Follow-up in 3 months; orthopedic referral to discuss arthroplasty if refractory.",
            ],
            Procedure = "Right knee intra-articular corticosteroid injection",
            ProcedureNote = "After informed consent and a timeout, the right knee was prepped with chlorhexidine. Using a superolateral approach, triamcinolone acetonide 40 mg with 4 mL of 1% lidocaine was injected without complication. Patient tolerated the procedure well.",
            Charges = [C("73562", 1, "RT"), C("20610", 1, "RT", ChargeKind.MinorProcedure), C("J3301", 4)],
            ExcludedComorbidityCodes = ["E11.9"],
        };

        yield return new("Osteoporosis", "Age-related osteoporosis without current pathological fracture", "M81.0")
        {
            Settings = [Office],
            Sex = DemoSex.Female,
            MinAge = 60,
            MaxAge = 85,
            Acuity = 2,
            ChiefComplaints = ["Review of bone density results"],
            HpiOpenings =
            [
                "presents to review the results of a screening DXA scan.",
                "presents to discuss bone density results and treatment options.",
            ],
            HpiDetails =
            [
                "Takes calcium and vitamin D supplements inconsistently.",
                "No prior fragility fractures.",
                "Walks 20 minutes most days.",
            ],
            RosPositives = [],
            PertinentNegatives = ["back pain", "height loss", "falls"],
            Exam = ["Musculoskeletal: No kyphosis or spinal tenderness. Gait steady."],
            Results =
            [
                "DXA: Lumbar spine T-score -2.7, left femoral neck T-score -2.5.",
                "25-OH vitamin D 32 ng/mL; calcium and creatinine normal.",
            ],
            Plan =
            [
                "Alendronate 70 mg PO weekly, taken fasting and upright with a full glass of water; dental exam up to date.",
                "Calcium 1,200 mg/day total intake and vitamin D3 1,000 IU daily.",
                "Weight-bearing exercise and fall prevention.",
                "Repeat DXA in 2 years.",
            ],
            Charges = [C("82306")],
        };
    }
}
