using System.Net;
using MedCoder.ServiceDefaults.Edge;

namespace MedCoder.ServiceDefaults.Tests;

public sealed class EdgeSettingsTests
{
    [Fact]
    public void Unset_variables_take_the_documented_defaults()
    {
        var settings = EdgeSettings.FromEnvironment(_ => null);

        Assert.Equal(4 * 1024 * 1024, settings.MaxRequestBodyBytes);
        Assert.Equal(240, settings.MinBodyBytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.BodyRateGrace);
        Assert.Equal(1000, settings.KeyRequestsPerSecond);
        Assert.Equal(60, settings.AnonymousRequestsPerMinute);
        Assert.Null(settings.PublicUrl);
        Assert.Contains(settings.TrustedProxies, network => network.Contains(IPAddress.Loopback));
    }

    [Fact]
    public void Variables_are_read_and_proxies_may_be_addresses_or_ranges()
    {
        var values = new Dictionary<string, string>
        {
            [EdgeSettings.MaxBodyVariable] = "1048576",
            [EdgeSettings.BodyRateGraceVariable] = "2",
            [EdgeSettings.PublicUrlVariable] = "https://medcoder.example.org",
            [EdgeSettings.TrustedProxiesVariable] = "10.0.0.0/8, 192.168.1.5",
        };

        var settings = EdgeSettings.FromEnvironment(name => values.GetValueOrDefault(name));

        Assert.Equal(1048576, settings.MaxRequestBodyBytes);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.BodyRateGrace);
        Assert.Equal(new Uri("https://medcoder.example.org"), settings.PublicUrl);
        Assert.True(settings.TrustedProxies[0].Contains(IPAddress.Parse("10.1.2.3")));
        Assert.True(settings.TrustedProxies[1].Contains(IPAddress.Parse("192.168.1.5")));
        Assert.DoesNotContain(settings.TrustedProxies, network => network.Contains(IPAddress.Loopback));
    }

    [Theory]
    [InlineData(EdgeSettings.MaxBodyVariable, "lots")]
    [InlineData(EdgeSettings.BodyRateGraceVariable, "1")]
    [InlineData(EdgeSettings.AnonymousRateVariable, "0")]
    [InlineData(EdgeSettings.PublicUrlVariable, "medcoder.example.org")]
    [InlineData(EdgeSettings.TrustedProxiesVariable, "the-load-balancer")]
    public void An_invalid_value_fails_with_the_variable_named(string variable, string value)
    {
        var failure = Assert.Throws<FormatException>(() => EdgeSettings.FromEnvironment(name => name == variable ? value : null));

        Assert.Contains(variable, failure.Message, StringComparison.Ordinal);
    }
}
