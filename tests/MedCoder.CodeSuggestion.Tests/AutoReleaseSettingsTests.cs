using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.AutoRelease;
using MedCoder.Coding;
using MedCoder.Coding.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedCoder.CodeSuggestion.Tests;

/// <summary>MEDCODER_AUTORELEASE_MIN_CONFIDENCE as the service reads it: from configuration, checked when the host starts.</summary>
public sealed class AutoReleaseSettingsTests
{
    private static readonly Lazy<CodeSetLibrary> CodeSets = new(() => CodeSetLibrary.Load());

    private static ServiceProvider ServiceWith(string? threshold)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [AutoReleaseSettings.Variable] = threshold })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<ICodeSets>(CodeSets.Value);
        services.AddCodeSuggestion();
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(null, ReleaseRouter.DefaultMinConfidence)]
    [InlineData("", ReleaseRouter.DefaultMinConfidence)]
    [InlineData("0.75", 0.75)]
    [InlineData("1.01", 1.01)]
    public void The_coder_releases_at_the_configured_threshold(string? value, double expected)
    {
        using var service = ServiceWith(value);

        service.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(expected, service.GetRequiredService<IOptions<AutoReleaseSettings>>().Value.MinConfidence);
        Assert.Equal(expected, service.GetRequiredService<ClinicalCoder>().AutoReleaseConfidence);
    }

    [Theory]
    [InlineData("high")]
    [InlineData("-0.1")]
    [InlineData("2")]
    public void A_bad_threshold_stops_the_start_naming_the_variable_and_the_range(string value)
    {
        using var service = ServiceWith(value);

        var error = Assert.Throws<FormatException>(() => service.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(AutoReleaseSettings.Variable, error.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 1.01", error.Message, StringComparison.Ordinal);
    }
}
