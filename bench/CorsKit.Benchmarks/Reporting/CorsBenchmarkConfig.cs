using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace CorsKit.Benchmarks.Reporting;

/// <summary>Every benchmark class reports allocations and the derived columns the targets are read from.</summary>
internal sealed class CorsBenchmarkConfig : ManualConfig
{
    public CorsBenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        AddColumn(new NetTimeColumn(), new SpeedupColumn(), new OriginScalingColumn());
    }
}
