using MedCoder.Intake.Submissions;
using MedCoder.Storage;
using Microsoft.Data.Sqlite;

namespace MedCoder.Intake.Tests;

/// <summary>Intake's submission path over a real SQLite file of its own, removed after the test.</summary>
public abstract class IntakeOnSqlite : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"intake-{Guid.NewGuid():N}.db");
    private SqliteDocumentStore _store = null!;

    protected EncounterValidator Validator { get; } = new(TimeProvider.System);

    protected IntakeCollections Collections { get; private set; } = null!;

    protected EncounterIntake Intake { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_file);
        Collections = new IntakeCollections(_store, new OutboxSignal());
        Intake = new EncounterIntake(Collections, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
