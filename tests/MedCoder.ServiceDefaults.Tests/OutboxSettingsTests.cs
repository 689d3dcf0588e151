namespace MedCoder.ServiceDefaults.Tests;

public sealed class OutboxSettingsTests
{
    [Fact]
    public void Unset_variables_take_the_documented_defaults()
    {
        var settings = OutboxSettings.FromEnvironment(_ => null);

        Assert.Equal(TimeSpan.FromSeconds(10), settings.PublishTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.StallAfter);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.ShutdownDrain);
        Assert.Equal(50_000, settings.IntakeMaxBacklog);
    }

    [Fact]
    public void Variables_are_read()
    {
        var values = new Dictionary<string, string>
        {
            [OutboxSettings.PublishTimeoutVariable] = "2.5",
            [OutboxSettings.StallAfterVariable] = "20",
            [OutboxSettings.IntakeMaxBacklogVariable] = "3",
        };

        var settings = OutboxSettings.FromEnvironment(values.GetValueOrDefault);

        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.PublishTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.StallAfter);
        Assert.Equal(3, settings.IntakeMaxBacklog);
    }

    [Theory]
    [InlineData(OutboxSettings.PublishTimeoutVariable, "0")]
    [InlineData(OutboxSettings.StallAfterVariable, "-1")]
    [InlineData(OutboxSettings.ShutdownDrainVariable, "soon")]
    [InlineData(OutboxSettings.IntakeMaxBacklogVariable, "0")]
    [InlineData(OutboxSettings.IntakeMaxBacklogVariable, "2.5")]
    public void A_bad_value_is_refused_naming_the_variable(string variable, string value)
    {
        var error = Assert.Throws<FormatException>(() => OutboxSettings.FromEnvironment(name => name == variable ? value : null));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
    }
}
