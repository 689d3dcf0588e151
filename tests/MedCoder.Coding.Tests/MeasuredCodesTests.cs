using MedCoder.Coding.Rules;
using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Codes read from documented numbers: weeks of gestation (Z3A, Guidelines I.C.15.b.3), adult BMI beside a weight
/// diagnosis (Z68, I.B.14), Glasgow coma scale total with when it was taken (R40.24-, I.C.18.e).
/// </summary>
public sealed class MeasuredCodesTests
{
    private static List<string> Found(string text, int age = 40) => [.. MeasuredCodes.Find(text, age).Select(m => m.Code)];

    [Theory]
    [InlineData("A 33-year-old woman, 34 weeks pregnant, was admitted.", "Z3A34")]
    [InlineData("Ultrasound at week 21 of gestation showed ventriculomegaly.", "Z3A21")]
    [InlineData("At 22.4 weeks of gestation she had uncontrolled hypertension.", "Z3A22")]
    [InlineData("Seen at 6 weeks of pregnancy.", "Z3A01")]
    [InlineData("Still undelivered at 43 weeks of gestation.", "Z3A49")]
    public void Weeks_of_gestation_give_the_z3a_code_of_the_completed_week(string text, string code) =>
        Assert.Equal([code], Found(text));

    [Theory]
    [InlineData("HPI: G1 P0 at 18 weeks 3 days with dysuria.", "Z3A18")]
    [InlineData("Intrauterine pregnancy at 39 weeks 1 day; gestational hypertension.", "Z3A39")]
    public void A_pregnancy_notes_at_n_weeks_is_the_gestational_age(string text, string code) =>
        Assert.Equal([code], Found(text));

    [Theory]
    [InlineData("G2P1001 at 28w3d. Gestational diabetes diagnosed at 26 weeks. Growth ultrasound at 32 weeks.", "Z3A28")]
    [InlineData("Pregnant, on aspirin since 12 weeks. IUP at 28 3/7 weeks.", "Z3A28")]
    [InlineData("G1 P0 seen at 10 weeks in the ED for spotting, now at 24 weeks 1 day.", "Z3A24")]
    [InlineData("Pregnancy with anemia at 20 weeks. Repeat hemoglobin at 24 weeks.", "Z3A20")]
    public void A_note_with_several_weeks_gives_one_z3a_code_the_age_at_this_encounter(string text, string code) =>
        Assert.Equal([code], Found(text));

    [Theory]
    [InlineData("Pregnant. Return at 2 weeks for a blood pressure check.")]
    [InlineData("Pregnancy test negative. Follow up at 6 weeks.")]
    [InlineData("Knee pain at 6 weeks after the fall.")]
    public void At_n_weeks_that_times_a_visit_or_is_not_about_a_pregnancy_is_no_gestational_age(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void A_patients_own_birth_at_some_weeks_is_not_a_pregnancy() =>
        Assert.Empty(Found("The child was born at 34 weeks of gestation by cesarean section."));

    [Theory]
    [InlineData("Morbid obesity (body mass index [BMI] 52 kg).", "Z6843")]
    [InlineData("Obesity class I, BMI 31.4.", "Z6831")]
    [InlineData("Severe malnutrition with a BMI of 18.2.", "Z681")]
    public void An_adult_bmi_beside_a_weight_diagnosis_gives_its_z68_band(string text, string code) =>
        Assert.Equal([code], Found(text));

    [Fact]
    public void A_bmi_alone_or_of_a_child_gives_no_code()
    {
        Assert.Empty(Found("BMI 31.4, blood pressure 120/80."));
        Assert.Empty(Found("Obesity, BMI 31.4.", age: 12));
        Assert.Empty(Found("Obese, with mucocutaneous pallor; BMI, blood pressure 99/62."));
    }

    [Theory]
    [InlineData("In the emergency department the Glasgow coma scale score was 15.", "R402412")]
    [InlineData("On admission GCS 7.", "R402433")]
    [InlineData("Glasgow 10/15.", "R402420")]
    public void A_glasgow_total_gives_its_band_and_when_it_was_taken(string text, string code) =>
        Assert.Equal([code], Found(text));

    [Fact]
    public void The_engine_reports_the_weeks_of_a_stated_pregnancy_with_their_span()
    {
        const string note = "ASSESSMENT: Pregnancy at 34 weeks of gestation with preeclampsia.";

        var codes = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient)).Codes;

        var weeks = Assert.Single(codes, c => c.Code == "Z3A.34");
        Assert.Contains(weeks.Evidence, span => note[span.Start..span.End] == "34 weeks of gestation");
    }
}
