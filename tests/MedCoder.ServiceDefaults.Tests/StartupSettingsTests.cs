using MedCoder.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace MedCoder.ServiceDefaults.Tests;

/// <summary>A host reads its MEDCODER_* settings from configuration when it starts; an invalid one stops it, named.</summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("MEDCODER_STORE", "foo", "must be 'sqlite' or 'mongo'")]
    [InlineData("MEDCODER_MONGO_URL", "http://mongo", "is not a valid MongoDB connection string")]
    [InlineData("MEDCODER_RABBITMQ_URL", "rabbit", "is not an absolute URI")]
    [InlineData("MEDCODER_OUTBOX_STALL_SECONDS", "soon", "must be a number")]
    [InlineData("MEDCODER_MAX_BODY_BYTES", "-1", "must be a number of at least 1024")]
    public void An_invalid_setting_stops_the_start_and_names_the_setting(string name, string value, string explanation)
    {
        var builder = Builder((name, value), ("MEDCODER_STORE", name == "MEDCODER_MONGO_URL" ? "mongo" : null));

        var error = Assert.ThrowsAny<Exception>(() => builder.AddServiceDefaults("test"));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_settings_come_from_configuration()
    {
        var directory = Path.Combine(Path.GetTempPath(), "medcoder-settings-test");

        var settings = Builder(("MEDCODER_STORE", " SQLite "), ("MEDCODER_DATA_DIR", directory)).AddServiceDefaults("test");

        Assert.Equal(new StoreOptions(StoreKind.Sqlite, directory), settings.Store);
    }

    private static WebApplicationBuilder Builder(params (string Name, string? Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Name, s.Value)));
        return builder;
    }
}
