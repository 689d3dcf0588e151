using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MedCoder.Benchmarks;

/// <summary>Throughput of a benchmark whose operation is one note (or one claim): 1 s ÷ mean time per operation.</summary>
public sealed class NotesPerSecondColumn(string unit = "Notes") : IColumn
{
    public string Id => nameof(NotesPerSecondColumn) + unit;

    public string ColumnName => unit + "/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{unit} per second (1 s / Mean per operation)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
            ? (1e9 / statistics.Mean).ToString("N0", CultureInfo.InvariantCulture)
            : "-";

    public override string ToString() => ColumnName;

    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new NotesPerSecondColumn());
    }

    public sealed class ClaimsConfig : ManualConfig
    {
        public ClaimsConfig() => AddColumn(new NotesPerSecondColumn("Claims"));
    }
}
