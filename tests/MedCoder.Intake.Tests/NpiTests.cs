using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Tests;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893", true)]   // CMS's worked example
    [InlineData("1245319599", true)]
    [InlineData("1234567890", false)]  // wrong check digit
    [InlineData("123456789", false)]
    [InlineData("12345678930", false)]
    [InlineData("12345A7893", false)]
    [InlineData(null, false)]
    public void Checks_length_digits_and_luhn_check_digit(string? npi, bool valid) => Assert.Equal(valid, Npi.IsValid(npi));
}
