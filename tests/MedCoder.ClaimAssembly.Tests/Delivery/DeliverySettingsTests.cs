using MedCoder.ClaimAssembly.Delivery;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>MEDCODER_DELIVERY_* as the service reads them: unconfigured payers are pulled; a bad value names its setting.</summary>
public sealed class DeliverySettingsTests
{
    private static DeliverySettings Read(Dictionary<string, string?> values)
    {
        var settings = new DeliverySettings();
        settings.Read(key => values.GetValueOrDefault(key));
        return settings;
    }

    [Fact]
    public void Without_configuration_no_payer_is_pushed_or_batched()
    {
        var settings = Read([]);

        Assert.Empty(settings.Payers);
        Assert.Equal((3, 5), (settings.Retries, settings.MaxRounds));
    }

    [Fact]
    public void A_webhook_and_a_batch_payer_are_read_from_their_variables()
    {
        var folder = Path.Combine(Path.GetTempPath(), "outbox");
        var settings = Read(new()
        {
            ["MEDCODER_DELIVERY_PAYERS"] = "acme-health=webhook, beta=batch",
            ["MEDCODER_DELIVERY_ACME_HEALTH_URL"] = "https://payer.example/claims",
            ["MEDCODER_DELIVERY_ACME_HEALTH_SECRET"] = "0123456789abcdef",
            ["MEDCODER_DELIVERY_ACME_HEALTH_FORMAT"] = "fhir",
            ["MEDCODER_DELIVERY_BETA_FOLDER"] = folder,
            ["MEDCODER_DELIVERY_BETA_PERIOD_SECONDS"] = "900",
        });

        Assert.Equal(new PayerDelivery("acme-health", DeliveryMode.Webhook, new Uri("https://payer.example/claims"), "0123456789abcdef", PayerDelivery.Fhir), settings.Payers["acme-health"]);
        Assert.Equal(new PayerDelivery("beta", DeliveryMode.Batch, Folder: folder, Period: TimeSpan.FromMinutes(15)), settings.Payers["beta"]);
    }

    [Theory]
    [InlineData("MEDCODER_DELIVERY_PAYERS", "acme-health=email")]
    [InlineData("MEDCODER_DELIVERY_ACME_HEALTH_URL", "payer.example/claims")]
    [InlineData("MEDCODER_DELIVERY_ACME_HEALTH_SECRET", "short")]
    [InlineData("MEDCODER_DELIVERY_ACME_HEALTH_FORMAT", "pdf")]
    [InlineData("MEDCODER_DELIVERY_RETRIES", "-1")]
    [InlineData("MEDCODER_DELIVERY_BREAK_SECONDS", "0.1")]
    public void A_bad_value_stops_the_start_naming_the_setting(string name, string value)
    {
        var values = new Dictionary<string, string?>
        {
            ["MEDCODER_DELIVERY_PAYERS"] = "acme-health=webhook",
            ["MEDCODER_DELIVERY_ACME_HEALTH_URL"] = "https://payer.example/claims",
            ["MEDCODER_DELIVERY_ACME_HEALTH_SECRET"] = "0123456789abcdef",
            [name] = value,
        };

        var error = Assert.Throws<FormatException>(() => Read(values));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }
}
