using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Assessments as providers write them, against the code a coder assigns from the code book and Index (FY2026): the
/// note's wording differs from the title by a possessive, a hyphen, "with", "or", "both", an unsaid default or an
/// abbreviation.
/// </summary>
public sealed class CommonStatementsTests
{
    [Theory]
    [InlineData("COPD exacerbation.", "J44.1")]                                       // "... with (acute) exacerbation"
    [InlineData("Acute exacerbation of COPD.", "J44.1")]
    [InlineData("Gastroesophageal reflux disease with esophagitis.", "K21.00")]       // "Gastro-esophageal ..., without bleeding"
    [InlineData("Urinary tract infection due to E. coli.", "N39.0", "B96.20")]        // "Escherichia coli [E. coli]"
    [InlineData("Nicotine dependence, cigarettes.", "F17.210")]                       // "..., uncomplicated", not "with unspecified ... disorders"
    [InlineData("Parkinson disease.", "G20.A1")]                                      // "Parkinson's disease"
    [InlineData("Crohn disease.", "K50.90")]
    [InlineData("Hashimoto thyroiditis.", "E06.3")]                                   // inclusion term "Hashimoto's thyroiditis"
    [InlineData("Rotator cuff tear of right shoulder.", "M75.101")]                   // "... tear or rupture of right shoulder"
    [InlineData("Osteoarthritis of left hip.", "M16.12")]                             // Index: primary is the default
    [InlineData("Type 1 diabetes mellitus with diabetic ketoacidosis without coma.", "E10.10")] // no E11.9 for "diabetic"
    // Plainly worded: the title's own words, a common abbreviation or the Index's default reading.
    [InlineData("Community-acquired pneumonia.", "J18.9")]
    [InlineData("Acute on chronic diastolic heart failure.", "I50.33")]
    [InlineData("Major depressive disorder, single episode, moderate.", "F32.1")]
    [InlineData("Generalized anxiety disorder.", "F41.1")]
    [InlineData("Acute kidney injury.", "N17.9")]
    [InlineData("Chronic kidney disease stage 3a.", "N18.31")]
    [InlineData("Iron deficiency anemia.", "D50.9")]
    [InlineData("Atrial fibrillation.", "I48.91")]
    [InlineData("NSTEMI.", "I21.4")]
    [InlineData("Acute appendicitis.", "K35.80")]
    [InlineData("Migraine without aura.", "G43.009")]
    [InlineData("Obstructive sleep apnea.", "G47.33")]
    [InlineData("Hypothyroidism.", "E03.9")]
    [InlineData("Streptococcal pharyngitis.", "J02.0")]
    [InlineData("Acute sinusitis.", "J01.90")]
    [InlineData("Cellulitis of left lower limb.", "L03.116")]
    [InlineData("Low back pain.", "M54.50")]
    [InlineData("Sepsis due to Escherichia coli.", "A41.51")]
    [InlineData("Acute respiratory failure with hypoxia.", "J96.01")]
    [InlineData("Dehydration.", "E86.0")]
    [InlineData("Hyponatremia.", "E87.1")]
    [InlineData("Hypokalemia.", "E87.6")]
    [InlineData("Benign prostatic hyperplasia with lower urinary tract symptoms.", "N40.1")]
    [InlineData("Osteoporosis.", "M81.0")]
    [InlineData("Acute bronchitis.", "J20.9")]
    [InlineData("Mild intermittent asthma, uncomplicated.", "J45.20")]
    [InlineData("Pulmonary embolism.", "I26.99")]
    [InlineData("Syncope.", "R55")]
    [InlineData("Chest pain.", "R07.9")]
    [InlineData("Headache.", "R51.9")]
    [InlineData("Hyperlipidemia.", "E78.5")]
    [InlineData("Vitamin D deficiency.", "E55.9")]
    [InlineData("Seizure disorder.", "G40.909")]
    [InlineData("Parkinson's disease.", "G20.A1")]
    [InlineData("Alzheimer's disease.", "G30.9")]
    [InlineData("Rheumatoid arthritis.", "M06.9")]
    [InlineData("Hypertension.", "I10")]
    [InlineData("Chronic obstructive pulmonary disease.", "J44.9")]
    [InlineData("Anemia.", "D64.9")]
    [InlineData("Fever.", "R50.9")]
    [InlineData("Obesity.", "E66.9")]
    [InlineData("Constipation.", "K59.00")]
    [InlineData("CHF exacerbation.", "I50.9")]
    [InlineData("Acute systolic heart failure.", "I50.21")]
    [InlineData("Chronic diastolic congestive heart failure.", "I50.32")]
    [InlineData("Type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 4.", "E11.22", "N18.4")]
    [InlineData("Hypertension with chronic kidney disease stage 3b.", "I12.9", "N18.32")]
    [InlineData("Essential hypertension.", "I10")]
    [InlineData("Sepsis.", "A41.9")]
    [InlineData("Pneumonia due to Streptococcus pneumoniae.", "J13")]
    [InlineData("Aspiration pneumonia.", "J69.0")]
    [InlineData("Acute pyelonephritis.", "N10")]
    [InlineData("Kidney stone.", "N20.0")]
    [InlineData("Hematuria.", "R31.9")]
    [InlineData("Acute cystitis with hematuria.", "N30.01")]
    [InlineData("Bipolar disorder.", "F31.9")]
    [InlineData("Schizophrenia.", "F20.9")]
    [InlineData("Alcohol abuse.", "F10.10")]
    [InlineData("Opioid dependence.", "F11.20")]
    [InlineData("Insomnia.", "G47.00")]
    [InlineData("Restless legs syndrome.", "G25.81")]
    [InlineData("Plantar fasciitis.", "M72.2")]
    [InlineData("Acute gout.", "M10.9")]
    [InlineData("Hyperthyroidism.", "E05.90")]
    [InlineData("Vitamin B12 deficiency anemia.", "D51.9")]
    [InlineData("Thrombocytopenia.", "D69.6")]
    public void An_assessment_gets_exactly_the_codes_a_coder_assigns(string assessment, params string[] expected)
    {
        var codes = SharedCoder.Codes("ASSESSMENT: " + assessment, CareSetting.Office);

        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }
}
