namespace MedCoder.Storage.Tests;

public sealed class StoreOptionsTests
{
    private static StoreOptions Read(params (string Name, string Value)[] variables) =>
        StoreOptions.FromEnvironment(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void Defaults_to_sqlite_in_the_local_data_directory()
    {
        Assert.Equal(new StoreOptions(StoreKind.Sqlite, "./.medcoder/data", "mongodb://localhost:27017"), Read());
        Assert.Equal(StoreKind.Sqlite, Read(("MEDCODER_STORE", "")).Kind);
    }

    [Fact]
    public void Reads_kind_directory_and_url()
    {
        var options = Read(
            ("MEDCODER_STORE", " Mongo "),
            ("MEDCODER_DATA_DIR", "/var/lib/medcoder"),
            ("MEDCODER_MONGO_URL", "mongodb://mongo:27017/?replicaSet=rs0"));

        Assert.Equal(new StoreOptions(StoreKind.Mongo, "/var/lib/medcoder", "mongodb://mongo:27017/?replicaSet=rs0"), options);
    }

    [Fact]
    public void Rejects_an_unknown_kind_naming_the_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("MEDCODER_STORE", "postgres")));

        Assert.Contains("MEDCODER_STORE", error.Message);
        Assert.Contains("'postgres'", error.Message);
    }

    [Fact]
    public void Rejects_an_invalid_mongo_url_only_when_mongo_is_used()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => Read(("MEDCODER_STORE", "mongo"), ("MEDCODER_MONGO_URL", "http://user:secret@mongo")));

        Assert.Contains("MEDCODER_MONGO_URL", error.Message);
        Assert.Equal(StoreKind.Sqlite, Read(("MEDCODER_MONGO_URL", "not a url")).Kind);
    }
}
