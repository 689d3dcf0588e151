using MedCoder.Intake.Submissions;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>Intake's submission path over a real SQLite file of its own, removed after the test.</summary>
public abstract class IntakeOnSqlite : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();

    protected EncounterValidator Validator { get; } = new(TimeProvider.System);

    protected IntakeCollections Collections { get; private set; } = null!;

    protected EncounterIntake Intake { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Collections = new IntakeCollections(_temp.Store, _temp.Signal);
        Intake = new EncounterIntake(Collections, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _temp.DisposeAsync();
}
