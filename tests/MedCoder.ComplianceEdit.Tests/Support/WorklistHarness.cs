using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ComplianceEdit.Tests.Support;

/// <summary>The worklist's services over a temporary SQLite store with a fake clock, as the worklist tests use them.</summary>
public sealed class WorklistHarness : IAsyncDisposable
{
    private readonly TempSqliteStore _temp = new();

    public WorklistHarness()
    {
        Collections = new ComplianceEditCollections(_temp.Store, _temp.Signal);
        Closure = new WorklistClosure(Collections, WorklistMetrics);
        Validation = ValidationWith(new WorklistSettings { AuditRate = 0 });
        Worklist = new WorklistService(Collections, Coding.Runner.Value, new CoderCodes(Coding.Shipped.Value), WorklistMetrics, Clock);
    }

    public PipelineMetrics Metrics { get; } = new();

    public WorklistMetrics WorklistMetrics { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    public ComplianceEditCollections Collections { get; }

    public WorklistClosure Closure { get; }

    /// <summary>Without the quality-audit sample, so an auto-released item stays auto-released.</summary>
    public ValidationService Validation { get; }

    public WorklistService Worklist { get; }

    public ValidationService ValidationWith(WorklistSettings settings) =>
        new(Collections, Coding.Runner.Value, Closure, Metrics, WorklistMetrics, Clock, Options.Create(settings));

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        WorklistMetrics.Dispose();
        await _temp.DisposeAsync();
    }
}
