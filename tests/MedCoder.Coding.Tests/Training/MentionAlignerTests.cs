using MedCoder.Coding.Training;

namespace MedCoder.Coding.Tests.Training;

/// <summary>Spanish gold mentions found in machine-translated English (CodiEsp-style pairs written for the test).</summary>
public sealed class MentionAlignerTests
{
    [Theory]
    [InlineData("vómitos", 60, "The family reported vomiting, hypogastric pain and hematuria in the last 15 days.", "vomiting")]
    [InlineData("síndrome de Down", 30, "A child with Down syndrome and congenital heart disease.", "Down syndrome")]
    [InlineData("dolor en rodilla izquierda", 80, "A male with weight loss and pain in the left knee, without fever.", "pain in the left knee")]
    [InlineData("nistagmo", 10, "Examination showed horizontal nystagmus and ataxia.", "nystagmus")]
    [InlineData("insuficiencia respiratoria", 5, "He developed respiratory failure requiring intubation.", "respiratory failure")]
    [InlineData("ansiedad", 5, "She reported anxiety and insomnia.", "anxiety")]
    [InlineData("enfisema pulmonar", 20, "The CT showed pulmonary emphysema and bullae.", "pulmonary emphysema")]
    [InlineData("DPCA", 30, "She had been on CAPD for two years.", "CAPD")]
    public void Finds_the_english_words_of_a_spanish_mention(string reference, int start, string english, string expected) =>
        Assert.Equal(expected, MentionAligner.Align(reference, start, english));

    [Theory]
    [InlineData(40, "fever")]
    [InlineData(0, "Fever")]
    public void Of_two_occurrences_takes_the_one_nearest_the_spanish_offset(int spanishStart, string expected) =>
        Assert.Equal(expected, MentionAligner.Align("fiebre", spanishStart, "Fever on admission. Days later the fever returned with chills."));

    [Theory]
    [InlineData("hepatomegalia", "The abdomen was soft, without masses.")]
    [InlineData("esclerosis múltiple progresiva", "The patient had multiple fractures.")]
    public void Returns_nothing_when_half_the_words_or_fewer_match(string reference, string english) =>
        Assert.Null(MentionAligner.Align(reference, 0, english));
}
