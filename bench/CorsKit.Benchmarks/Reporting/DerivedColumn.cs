using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorsKit.Benchmarks.Reporting;

/// <summary>A column computed from other results of the same run, so the targets read as ratios of one run.</summary>
internal abstract class DerivedColumn : IColumn
{
    protected DerivedColumn(string name, string legend)
    {
        ColumnName = name;
        Legend = legend;
    }

    public string Id => GetType().Name;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return Compute(summary, benchmarkCase) is { } value ? value : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    protected abstract string? Compute(Summary summary, BenchmarkCase benchmarkCase);

    protected static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>Median minus the <c>Reset</c> baseline of the same parameters: the cost of the CORS work alone.</summary>
internal sealed class NetTimeColumn() : DerivedColumn("Net ns", "Median minus the Reset baseline's median, same parameters (ns): what the CORS work itself costs")
{
    protected override string? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (method == BenchmarkNames.Reset)
        {
            return null;
        }

        return SummaryLookup.NetMedian(summary, benchmarkCase, method) is { } net ? Format(net, "0.0") : null;
    }
}

/// <summary>How many times faster than the built-in middleware, on net figures (built-in net / this net).</summary>
internal sealed class SpeedupColumn() : DerivedColumn("x faster than built-in", "Net time of BuiltIn divided by net time of this row, same parameters; targets: >=5 on preflights, >=3 on actual requests")
{
    protected override string? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (method is BenchmarkNames.Reset or BenchmarkNames.BuiltIn)
        {
            return null;
        }

        var builtIn = SummaryLookup.NetMedian(summary, benchmarkCase, BenchmarkNames.BuiltIn);
        var self = SummaryLookup.NetMedian(summary, benchmarkCase, method);
        return builtIn is > 0 && self is > 0 ? Format(builtIn.Value / self.Value, "0.0") : null;
    }
}

/// <summary>Net time relative to the same method and case under the one-origin policy; target for 1,000 origins: at most 1.2.</summary>
internal sealed class OriginScalingColumn() : DerivedColumn("vs OneOrigin", "Net time divided by the net time of the same method and case with the OneOrigin policy; target for CorsKit with ThousandOrigins: <=1.2")
{
    protected override string? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (method == BenchmarkNames.Reset)
        {
            return null;
        }

        var self = SummaryLookup.NetMedian(summary, benchmarkCase, method);
        var one = SummaryLookup.NetMedian(summary, benchmarkCase, method, BenchmarkNames.PolicyParameter, Scenarios.PolicyShape.OneOrigin);
        return self is > 0 && one is > 0 ? Format(self.Value / one.Value, "0.00") : null;
    }
}
